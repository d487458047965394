import "server-only";
import { notFound } from "next/navigation";
import { getArticlePage } from "@/lib/data/articles/list-articles";
import { findNewsSections, getNewsSection } from "@/lib/data/sections/get-sections";
import { newsHref, sectionHref } from "./channels";
import { loadPagedList, redirectFirstPage as redirectFirstListPage } from "./paged-list";

// Shared by /news, /news/page/N, /news/<section> and /news/<section>/page/N:
// turns the URL's parameters into data, or into a 404 for unknown sections,
// malformed page numbers and pages past the end.

export function loadNewsPage(pageParam = "1") {
  return loadPagedList(pageParam, (page) => getArticlePage({ page }));
}

export async function loadSectionPage(slug: string, pageParam = "1") {
  const section = await getNewsSection(slug);
  if (!section) notFound();
  const list = await loadPagedList(pageParam, (page) => getArticlePage({ sectionId: section.id, sectionSlug: section.slug, page }));
  return { section, list };
}

/** /news/page/1 is /news, /news/<section>/page/1 is /news/<section>. */
export function redirectFirstPage(pageParam: string, slug?: string) {
  redirectFirstListPage(pageParam, slug ? sectionHref(slug) : newsHref());
}

/** Every news section, for the `[section]` routes' generateStaticParams (page, RSS feed, 关注 list): built ahead at `next build`. */
export async function sectionStaticParams(): Promise<{ section: string }[]> {
  return (await findNewsSections()).map((s) => ({ section: s.slug }));
}
