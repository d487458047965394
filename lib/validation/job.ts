import { z } from "zod";
import { JOB_CATEGORY_SLUGS } from "@/lib/jobs/categories";
import { JOB_COUNTY_SLUGS } from "@/lib/jobs/counties";
import { isPhoneOrEmail } from "./submission";
import { idField } from "./ids";

// 人才网 job posts as they arrive from a form (all strings): the employers'
// public form and the newsroom's editor share the fields. Unknown keys (a
// forged status or publishedAt) are dropped by zod, never stored.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const cleanText = (s: string) => s.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
const cleanLine = (s: string) => cleanText(s).replace(/\s+/g, " ");

const line = (label: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${label}` })
    .transform(cleanLine)
    .pipe(z.string().min(min, `请填写${label}`).max(max, `${label}不能超过${max}个字`));

const text = (label: string, max: number) =>
  z.string().default("").transform(cleanText).pipe(z.string().max(max, `${label}不能超过${max}个字`));

/** A monthly salary in yuan, or null when left empty. */
const salary = (label: string) =>
  z
    .string()
    .default("")
    .transform((s) => s.trim())
    .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,7}$/, `${label}请填写整数（元/月）`)]))
    .transform((s) => (s === "" ? null : Number(s)))
    .pipe(z.number().int().min(1, `${label}须大于0`).max(1_000_000, `${label}过大`).nullable());

export const jobFieldsSchema = z
  .object({
    position: line("职位名称", 40),
    employer: line("招聘单位", 60),
    county: z.enum(JOB_COUNTY_SLUGS, { error: "请选择工作地点" }),
    category: z.enum(JOB_CATEGORY_SLUGS, { error: "请选择职位类别" }),
    salaryMin: salary("最低月薪"),
    salaryMax: salary("最高月薪"),
    headcount: z
      .string({ error: "请填写招聘人数" })
      .trim()
      .regex(/^[1-9]\d{0,2}$/, "招聘人数须为1到999的整数")
      .transform(Number),
    requirements: text("任职要求", 2000),
    description: text("职位描述", 4000),
    contactName: line("联系人", 30),
    contactPhone: z
      .string()
      .default("")
      .transform(cleanLine)
      .pipe(z.string().max(30, "联系电话过长"))
      .refine((v) => v === "" || (!v.includes("@") && isPhoneOrEmail(v)), "请填写有效的电话号码"),
    contactEmail: z
      .string()
      .default("")
      .transform(cleanLine)
      .pipe(z.string().max(80, "电子邮箱过长"))
      .refine((v) => v === "" || (v.includes("@") && isPhoneOrEmail(v)), "请填写有效的电子邮箱"),
    /** The closing day (截止日期), YYYY-MM-DD; its range is checked against the clock by the commands. */
    expiresOn: z.string({ error: "请选择截止日期" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "请选择截止日期"),
  })
  .superRefine((v, ctx) => {
    if (v.salaryMin !== null && v.salaryMax !== null && v.salaryMin > v.salaryMax) {
      ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "最高月薪不能低于最低月薪" });
    }
    if (!v.contactPhone && !v.contactEmail) {
      ctx.addIssue({ code: "custom", path: ["contactPhone"], message: "联系电话和电子邮箱至少填写一项" });
    }
  });

export type JobFieldsInput = z.output<typeof jobFieldsSchema>;

/** The newsroom's editor: an existing post (id) or a new one. */
export const newsroomJobSchema = z.intersection(
  jobFieldsSchema,
  z.object({ id: z.union([z.literal(""), z.coerce.number().int().positive()]).default("") }),
);

/** Which post a newsroom button acts on. */
export const jobRefSchema = z.object({
  id: idField("职位编号无效"),
});
