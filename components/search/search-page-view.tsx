import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import { searchHref } from "@/lib/search/search-href";
import { newsHref } from "@/lib/site/channels";
import type { SearchResultPage, SectionView } from "@/lib/view-types";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";
import { SearchSectionFilter } from "./search-section-filter";
import { SearchSuggestions } from "./search-suggestions";

type Props = { result: SearchResultPage; sections: SectionView[] };

/** The search page: form, section filter, count, results and page numbers, or the empty and no-result states. */
export function SearchPageView({ result, sections }: Props) {
  const { query, section, total, page, pageCount, items } = result;
  const sectionName = sections.find((s) => s.slug === section)?.name;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "搜索" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">{query ? `搜索：${query}` : "搜索"}</h1>
      <SearchForm id="search-page-q" defaultValue={query} className="mt-4" autoFocus={!query} />
      {result.truncated ? (
        <p role="status" className="mt-2 rounded bg-brand-soft px-3 py-2 text-sm text-brand">
          搜索词过长，只按前{MAX_QUERY_LENGTH}个字搜索。
        </p>
      ) : null}

      {!query ? (
        <div className="py-6">
          <p className="text-muted">请输入关键词，搜索本站的新闻、图集、视听和专题。</p>
          <SearchSuggestions heading="试试这些" />
        </div>
      ) : (
        <>
          <SearchSectionFilter query={query} sections={sections} current={section} />
          <p role="status" className="mt-3 text-sm text-muted">
            {sectionName ? `在“${sectionName}”栏目中` : ""}找到 <strong className="text-ink">{total}</strong> 条结果
            {pageCount > 1 ? `，第 ${page} / ${pageCount} 页` : ""}
          </p>
          {items.length > 0 ? (
            <>
              <SearchResults hits={items} />
              <Pagination page={page} pageCount={pageCount} href={(n) => searchHref({ q: query, section, page: n })} />
            </>
          ) : total > 0 ? (
            <p className="py-6">
              没有第 {page} 页。<Link href={searchHref({ q: query, section })} className="text-brand underline">回到第 1 页</Link>
            </p>
          ) : (
            <NoResults query={query} sectionName={sectionName} />
          )}
        </>
      )}
    </div>
  );
}

function NoResults({ query, sectionName }: { query: string; sectionName?: string }) {
  return (
    <div className="py-6">
      <p className="text-lg">没有找到与“{query}”相关的内容。</p>
      <ul className="mt-2 list-disc pl-5 text-sm text-muted">
        <li>检查是否有错别字，或换一个更短、更常用的词</li>
        <li>多个词之间用空格隔开，结果须包含每一个词，可以去掉一些词再试</li>
        {sectionName ? (
          <li>
            当前只搜索了“{sectionName}”栏目，<Link href={searchHref({ q: query })} className="text-brand underline">在全部栏目中搜索</Link>
          </li>
        ) : null}
        <li>
          浏览<Link href={newsHref()} className="text-brand underline">新闻中心</Link>的最新新闻
        </li>
      </ul>
      <SearchSuggestions heading="热门搜索" />
    </div>
  );
}
