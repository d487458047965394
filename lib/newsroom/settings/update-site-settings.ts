import "server-only";
import { canManageSite } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { cacheTags } from "@/lib/cache/tags";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-html";
import { db } from "@/lib/db/client";
import type { SiteSettingsInput } from "@/lib/validation/site-settings";
import { recordAudit } from "../audit";
import { CommandError, forbidden, notSignedIn } from "../errors";

/**
 * Address, contact lines, statements, registrations and the 关于我们 /
 * 联系我们 pages, shown on every page: admins only. The pages' HTML passes
 * the same sanitizer as article bodies.
 */
export async function updateSiteSettings(actor: Actor | null, input: SiteSettingsInput) {
  if (!actor) throw notSignedIn();
  if (!canManageSite(actor)) throw forbidden("修改网站设置");
  const data = { ...input, aboutHtml: sanitizeArticleHtml(input.aboutHtml), contactHtml: sanitizeArticleHtml(input.contactHtml) };
  await db.$transaction(async (tx) => {
    await tx.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await recordAudit({ userId: actor.id, action: "settings.update", targetType: "settings", detail: input.siteName }, tx);
  });
  return { revalidate: [cacheTags.settings] };
}

type SectionRow = { id?: number; slug?: string; name: string; position: number };

/** Renames, reorders and adds news sections: admins only. Sections are never deleted here (articles point at them). */
export async function updateSections(actor: Actor | null, rows: SectionRow[]) {
  if (!actor) throw notSignedIn();
  if (!canManageSite(actor)) throw forbidden("修改栏目");
  const existing = await db.section.findMany({ select: { id: true, slug: true } });
  const known = new Map(existing.map((s) => [s.id, s.slug]));
  for (const row of rows) {
    if (row.id !== undefined && !known.has(row.id)) throw new CommandError("invalid", "栏目不存在", { sections: "栏目不存在" });
    if (row.id === undefined && !row.slug) throw new CommandError("invalid", "新栏目须填写网址", { sections: "新栏目须填写网址" });
    if (row.id === undefined && existing.some((s) => s.slug === row.slug)) {
      throw new CommandError("invalid", `栏目网址已存在：${row.slug}`, { sections: `栏目网址已存在：${row.slug}` });
    }
  }
  await db.$transaction(async (tx) => {
    for (const row of rows) {
      if (row.id !== undefined) await tx.section.update({ where: { id: row.id }, data: { name: row.name, position: row.position } });
      else await tx.section.create({ data: { slug: row.slug!, name: row.name, position: row.position, channel: "news" } });
    }
    await recordAudit({ userId: actor.id, action: "sections.update", targetType: "section", detail: rows.map((r) => r.name).join("、") }, tx);
  });
  const slugs = [...known.values(), ...rows.flatMap((r) => (r.slug ? [r.slug] : []))];
  return { revalidate: [cacheTags.sections, cacheTags.home, ...slugs.map(cacheTags.section)] };
}
