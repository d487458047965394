import { z } from "zod";
import { DUTY_CONTACT_KINDS, dutyContactProblem } from "@/lib/site/duty-contact";

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`).default("");
const email = (label: string) => z.union([z.literal(""), z.email(`${label}格式不正确`).max(80, `${label}过长`)]).default("");
const phone = (label: string) =>
  z.string().trim().regex(/^[\d\s+()-]{0,30}$/, `${label}只能包含数字、空格和 + - ( )`).default("");

/**
 * 网站地址: an http(s) origin, kept without path or trailing slash, so that
 * `new URL(path, siteUrl)` gives the same links whichever form was typed.
 */
const siteUrlField = z
  .string()
  .trim()
  .max(200, "网站地址过长")
  .default("")
  .transform((v, ctx) => {
    if (!v) return "";
    try {
      const url = new URL(v);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // falls through to the message below
    }
    ctx.addIssue({ code: "custom", message: "网站地址须为 http:// 或 https:// 开头的完整地址，如 https://www.example.cn" });
    return z.NEVER;
  });

export const siteSettingsSchema = z.object({
  siteName: z.string().trim().min(1, "请填写网站名称").max(30, "网站名称不能超过30个字"),
  siteDescription: text(200, "网站简介"),
  submissionEmail: email("投稿邮箱"),
  hotline: phone("新闻热线"),
  dutyContactKind: z.enum(DUTY_CONTACT_KINDS, { error: "请选择值班联系方式（QQ、微信或电话）" }).default("qq"),
  dutyContact: z.string().trim().max(30, "值班联系方式过长").default(""),
  originalStatement: text(1000, "原创声明"),
  reprintStatement: text(1000, "转载声明"),
  copyright: text(200, "版权信息"),
  icp: text(60, "ICP备案号"),
  siteUrl: siteUrlField,
  policeRecord: text(60, "公安机关备案号"),
  newsLicense: text(60, "互联网新闻信息服务许可证编号"),
  reportPhone: phone("举报电话"),
  reportEmail: email("举报邮箱"),
  aboutHtml: text(20_000, "关于我们"),
  contactHtml: text(20_000, "联系我们"),
}).superRefine((input, ctx) => {
  const problem = dutyContactProblem(input.dutyContactKind, input.dutyContact);
  if (problem) ctx.addIssue({ code: "custom", path: ["dutyContact"], message: problem });
});

export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;

/** One row of the sections form: an existing section (id) or a new one (slug). */
export const sectionsFormSchema = z
  .object({
    /** JSON of [{ id?, slug?, name, position }], built by the form. */
    sections: z.string().max(20_000),
  })
  .transform((v, ctx) => {
    try {
      return z
        .array(
          z.object({
            id: z.number().int().positive().optional(),
            slug: z.string().regex(/^[a-z][a-z0-9-]{1,29}$/, "栏目网址须为2到30位小写拼音字母、数字或连字符").optional(),
            name: z.string().trim().min(1, "请填写栏目名称").max(10, "栏目名称不能超过10个字"),
            position: z.number().int().min(0).max(999),
          }),
        )
        .max(30, "栏目不能超过30个")
        .parse(JSON.parse(v.sections));
    } catch (e) {
      const message = e instanceof z.ZodError ? (e.issues[0]?.message ?? "栏目数据有误") : "栏目数据有误";
      ctx.addIssue({ code: "custom", path: ["sections"], message });
      return z.NEVER;
    }
  });
