import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import type { Paginated } from "@/lib/view-types";
import { parsePageNumber } from "./params";

// What every paged public list (新闻中心 and its sections, 黔图汇, 视听,
// 人才网) does with the page number in its URL: a malformed, zero or
// past-the-end page is the 404 page, and /…/page/1 redirects to the list's
// own URL.

/** One page of a list, read with `read`; the 404 page when there is no such page. */
export async function loadPagedList<T>(pageParam: string, read: (page: number) => Promise<Paginated<T> | null>): Promise<Paginated<T>> {
  const page = parsePageNumber(pageParam);
  if (page === null) notFound();
  const list = await read(page);
  if (!list) notFound();
  return list;
}

/** /…/page/1 is the list's own URL: send readers (and crawlers) there. */
export function redirectFirstPage(pageParam: string, listHref: string) {
  if (pageParam === "1") permanentRedirect(listHref);
}
