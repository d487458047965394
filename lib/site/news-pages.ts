import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getArticlePage } from "@/lib/data/articles/list-articles";
import { getNewsSection } from "@/lib/data/sections/get-sections";
import { newsHref, sectionHref } from "./channels";
import { parsePageNumber } from "./params";

// Shared by /news, /news/page/N, /news/<section> and /news/<section>/page/N:
// turns the URL's parameters into data, or into a 404 for unknown sections,
// malformed page numbers and pages past the end.

export async function loadNewsPage(pageParam = "1") {
  const page = parsePageNumber(pageParam);
  if (page === null) notFound();
  const list = await getArticlePage({ page });
  if (!list) notFound();
  return list;
}

export async function loadSectionPage(slug: string, pageParam = "1") {
  const page = parsePageNumber(pageParam);
  const section = await getNewsSection(slug);
  if (page === null || !section) notFound();
  const list = await getArticlePage({ sectionId: section.id, sectionSlug: section.slug, page });
  if (!list) notFound();
  return { section, list };
}

/** /page/1 is the list's own URL: send readers (and crawlers) there. */
export function redirectFirstPage(pageParam: string, slug?: string) {
  if (pageParam === "1") permanentRedirect(slug ? sectionHref(slug) : newsHref());
}
