import { z } from "zod";
import { idField } from "./ids";

// 在线投稿: the public form as it arrives from FormData (all strings), and
// the newsroom's reference to one submission. Shared by the browser (limits
// it checks before sending) and the server (which is what counts).

export { MAX_CONTRIBUTION_IMAGE_BYTES, MAX_CONTRIBUTION_IMAGES } from "./submission-limits";

// Control characters other than tab and newline never belong in a letter;
// Windows line ends are folded so the body splits into paragraphs the same way.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const cleanText = (s: string) => s.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
const cleanLine = (s: string) => cleanText(s).replace(/\s+/g, " ");

const PHONE = /^\+?\d{7,15}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A phone number (mobile, landline with area code, +86 …) or an e-mail address, checked loosely. */
export function isPhoneOrEmail(value: string): boolean {
  if (value.includes("@")) return EMAIL.test(value);
  return PHONE.test(value.replace(/[\s\-()（）]/g, ""));
}

export const contributionSchema = z.object({
  name: z.string({ error: "请填写姓名" }).transform(cleanLine).pipe(z.string().min(1, "请填写姓名").max(30, "姓名不能超过30个字")),
  contact: z
    .string({ error: "请填写联系方式" })
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, "请填写联系方式")
        .min(5, "联系方式过短，请填写电话号码或电子邮箱")
        .max(60, "联系方式不能超过60个字")
        .refine(isPhoneOrEmail, "请填写有效的电话号码或电子邮箱"),
    ),
  title: z.string({ error: "请填写标题" }).transform(cleanLine).pipe(z.string().min(1, "请填写标题").max(100, "标题不能超过100个字")),
  body: z
    .string({ error: "请填写正文" })
    .transform(cleanText)
    .pipe(z.string().min(1, "请填写正文").min(20, "正文至少需要20个字").max(20_000, "正文不能超过20000个字")),
  // The honeypot: people never see it, so only robots fill it in. It is not
  // refused here: submitContribution answers robots with a pretend success.
  website: z.string().max(500).default(""),
});

export type ContributionInput = z.output<typeof contributionSchema>;

/** Which submission a newsroom button acts on. */
export const submissionRefSchema = z.object({
  id: idField("投稿编号无效"),
});
