import "server-only";
import { getNewsSections } from "@/lib/data/sections/get-sections";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { requestResponseStatus } from "@/lib/http/response-status.mjs";
import { parseSearchPage } from "@/lib/search/search-query";
import { findSearchResults } from "@/lib/search/search-site";
import type { SearchResultPage, SectionView } from "@/lib/view-types";

// The search page's data. Search reads the database on every request (it is
// never cached), so it is the public page that notices first when the
// database is away: it then answers 503 with a page that says so, not the
// error page's 500, and the next search after the database is back works
// again (the pool opens new connections by itself).

/** How long a reader (or a crawler) is told to wait before asking again. */
const RETRY_AFTER_SECONDS = 30;

export type SearchPageData = { kind: "results"; result: SearchResultPage; sections: SectionView[] } | { kind: "unavailable" };

export async function loadSearchPage(params: Record<string, string | string[] | undefined>, requestId: string | null): Promise<SearchPageData> {
  const section = typeof params.section === "string" ? params.section : null;
  try {
    const [sections, result] = await Promise.all([getNewsSections(), findSearchResults({ q: params.q, section, page: parseSearchPage(params.page) })]);
    return { kind: "results", result, sections };
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    console.warn("搜索：数据库暂时不可用，本次回答 503");
    requestResponseStatus(requestId, 503, { "Retry-After": String(RETRY_AFTER_SECONDS) });
    return { kind: "unavailable" };
  }
}
