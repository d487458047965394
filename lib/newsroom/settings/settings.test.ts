import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { findNewsSections } from "@/lib/data/sections/get-sections";
import { findSiteSettings } from "@/lib/data/settings/get-site-settings";
import { db } from "@/lib/db/client";
import { seedSiteDefaults } from "@/demo/seed-demo";
import { DEFAULT_SETTINGS } from "@/demo/site-defaults";
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
    const result = siteSettingsSchema.safeParse({ siteName: "", submissionEmail: "not-mail", dutyQq: "qq123", hotline: "<b>" });
    const errors = fieldErrorsOf(result.error!);
    expect(errors).toMatchObject({ siteName: "请填写网站名称", submissionEmail: "投稿邮箱格式不正确", dutyQq: "值班QQ只能是数字" });
    expect(errors.hotline).toMatch(/新闻热线/);
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
