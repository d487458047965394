import { isbot } from "isbot";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { SearchPageView } from "@/components/search/search-page-view";
import { SearchUnavailable } from "@/components/search/search-unavailable";
import { REQUEST_ID_HEADER } from "@/lib/http/response-status.mjs";
import { normalizeQuery } from "@/lib/search/search-query";
import { loadSearchPage } from "@/lib/site/search-page";
import { countSearchMiss } from "@/lib/views/search-misses";

// Dynamic by nature (it reads the query string), and never cached: a new
// article is findable as soon as it is published. Kept out of search engines.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { text } = normalizeQuery((await searchParams).q);
  return { title: text ? `${text} - 搜索` : "搜索", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const requestHeaders = await headers();
  const data = await loadSearchPage(params, requestHeaders.get(REQUEST_ID_HEADER));
  if (data.kind === "unavailable") return <SearchUnavailable query={normalizeQuery(params.q).text} />;
  const { result, sections } = data;
  // What readers looked for and did not find (数据). Crawlers' guesses are not readers'.
  const userAgent = requestHeaders.get("user-agent") ?? "";
  if (result.total === 0 && result.query && result.page === 1 && userAgent && !isbot(userAgent)) countSearchMiss(result.query);
  return <SearchPageView result={result} sections={sections} />;
}
