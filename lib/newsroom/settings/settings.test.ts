import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { findSiteSettings } from "@/lib/data/settings/get-site-settings";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { DEFAULT_SETTINGS } from "@/demo/site-defaults";
import { dutyContactLine } from "@/lib/site/duty-contact";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { sectionsFormSchema, siteSettingsSchema } from "@/lib/validation/site-settings";
import { CommandError } from "../errors";
import { updateSections, updateSiteSettings } from "./update-site-settings";

const as = (role: Role, id: number): Actor => ({ id, username: role, displayName: role, role, sectionIds: [] });
let admin: Actor;

beforeAll(async () => {
  await seedSiteDefaults();
  const user = await db.user.create({ data: { username: `settings-admin-${Date.now()}`, displayName: "管理员", role: "admin" } });
  admin = as("admin", user.id);
});

describe("site settings", () => {
  it("only admins change them, and every page's settings tag is revalidated", async () => {
    const input = siteSettingsSchema.parse({ ...DEFAULT_SETTINGS, hotline: "0855-1234567" });
    for (const role of ["reporter", "editor", "chief"] as const) {
      await expect(updateSiteSettings(as(role, admin.id), input)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "forbidden");
    }
    await expect(updateSiteSettings(null, input)).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "unauthenticated");
    expect(await updateSiteSettings(admin, input)).toEqual({ revalidate: ["settings"] });
    expect((await findSiteSettings()).hotline).toBe("0855-1234567");
  });

  it("stores 关于我们 / 联系我们 sanitized like an article body", async () => {
    const input = siteSettingsSchema.parse({
      ...DEFAULT_SETTINGS,
      aboutHtml: '<p onclick="x()">本网简介</p><script>alert(1)</script>',
      contactHtml: '<h2>地址</h2><img src="x" onerror="y()">',
    });
    await updateSiteSettings(admin, input);
    const stored = await findSiteSettings();
    expect(stored.aboutHtml).toBe("<p>本网简介</p>");
    expect(stored.contactHtml).not.toMatch(/onerror|<script/);
    expect(stored.contactHtml).toContain("<h2>地址</h2>");
  });

  it("explains bad values", () => {
    const result = siteSettingsSchema.safeParse({ siteName: "", submissionEmail: "not-mail", dutyContactKind: "icq", hotline: "<b>" });
    const errors = fieldErrorsOf(result.error!);
    expect(errors).toMatchObject({ siteName: "请填写网站名称", submissionEmail: "投稿邮箱格式不正确", dutyContactKind: "请选择值班联系方式（QQ、微信或电话）" });
    expect(errors.hotline).toMatch(/新闻热线/);
  });

  it("值班 contact: a QQ number, a 微信 id or a phone number, each checked as what it is; a phone becomes a tel: link", async () => {
    const problem = (dutyContactKind: string, dutyContact: string) => {
      const result = siteSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, dutyContactKind, dutyContact });
      return result.success ? null : fieldErrorsOf(result.error).dutyContact;
    };
    expect(problem("qq", "12345678")).toBeNull();
    expect(problem("qq", "qq123")).toBe("值班QQ须为5到12位数字");
    expect(problem("wechat", "qdn_zhiban-01")).toBeNull();
    expect(problem("wechat", "12345678")).toBe("微信号须为6到20位字母、数字、下划线或减号，以字母开头");
    expect(problem("phone", "0855-8221234")).toBeNull();
    expect(problem("phone", "+86 (855) 822 1234")).toBeNull();
    expect(problem("phone", "call me")).toBe("值班电话只能包含数字、空格和 + - ( )");
    expect(problem("phone", "")).toBeNull(); // empty: the line is not shown

    await updateSiteSettings(admin, siteSettingsSchema.parse({ ...DEFAULT_SETTINGS, dutyContactKind: "phone", dutyContact: "0855-8221234" }));
    const stored = await findSiteSettings();
    expect([stored.dutyContactKind, stored.dutyContact]).toEqual(["phone", "0855-8221234"]);
    expect(dutyContactLine(stored.dutyContactKind, stored.dutyContact)).toEqual({ label: "值班电话", value: "0855-8221234", href: "tel:08558221234" });
    expect(dutyContactLine("wechat", "qdn_zhiban")).toEqual({ label: "值班微信", value: "qdn_zhiban", href: null });
    expect(dutyContactLine("qq", "12345678")).toEqual({ label: "值班QQ", value: "12345678", href: null });
    expect(dutyContactLine("qq", "")).toBeNull();
    await updateSiteSettings(admin, siteSettingsSchema.parse(DEFAULT_SETTINGS));
  });
});

describe("sections", () => {
  it("renames, reorders and adds sections", async () => {
    const before = await findNewsSections();
    const rows = before.map((s, i) => ({ id: s.id, name: s.name, position: before.length - i }));
    rows[0].name = "州内";
    const added = `t${Date.now() % 100000}`;
    const result = await updateSections(admin, [...rows, { slug: added, name: "教育", position: 0 }]);
    expect(result.revalidate).toEqual(expect.arrayContaining(["sections", "home", `section:${added}`]));
    const after = await findNewsSections();
    expect(after[0]).toMatchObject({ slug: added, name: "教育" });
    expect(after.find((s) => s.id === before[0].id)?.name).toBe("州内");
    expect(after.at(-1)?.id).toBe(before[0].id);
  });

  it("refuses duplicates, bad slugs and non-admins", async () => {
    await expect(updateSections(admin, [{ slug: "quanzhou", name: "重复", position: 1 }])).rejects.toThrow(/已存在/);
    expect(sectionsFormSchema.safeParse({ sections: JSON.stringify([{ slug: "中文", name: "x", position: 0 }]) }).success).toBe(false);
    expect(sectionsFormSchema.safeParse({ sections: "not json" }).success).toBe(false);
    await expect(updateSections(as("chief", admin.id), [])).rejects.toSatisfy((e) => e instanceof CommandError && e.code === "forbidden");
  });
});
