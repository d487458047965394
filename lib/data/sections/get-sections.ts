import "server-only";
import { cachedQuery } from "@/lib/cache/cached-query";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { SectionView } from "@/lib/view-types";

const sectionSelect = { id: true, slug: true, name: true, description: true } as const;

/** The news center's sections in the editors' order. */
export async function findNewsSections(): Promise<SectionView[]> {
  return db.section.findMany({ where: { channel: "news" }, orderBy: [{ position: "asc" }, { id: "asc" }], select: sectionSelect });
}

export const getNewsSections = cachedQuery("news-sections", findNewsSections, () => [cacheTags.sections]);

/** A news section by its URL slug; null for unknown slugs. */
export async function findNewsSection(slug: string): Promise<SectionView | null> {
  if (!/^[a-z0-9-]{1,40}$/.test(slug)) return null;
  return db.section.findFirst({ where: { slug, channel: "news" }, select: sectionSelect });
}

export const getNewsSection = cachedQuery("news-section", findNewsSection, (slug) => [
  cacheTags.sections,
  cacheTags.section(slug),
]);
