import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { newsHref } from "@/lib/site/channels";
import { SearchForm } from "./search-form";

/** What search shows (with a 503) while the database cannot be reached: no error number, no details, a way to try again. */
export function SearchUnavailable({ query }: { query: string }) {
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "首页", href: "/" }, { label: "搜索" }]} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">搜索暂时不可用</h1>
      <p role="alert" className="mt-4 rounded bg-brand-soft px-3 py-2 text-brand">
        数据库暂时不可用，搜索稍后会自动恢复。请过一会儿再搜索，其间可以先浏览首页和新闻中心。
      </p>
      <SearchForm id="search-page-q" defaultValue={query} className="mt-4" />
      <p className="mt-6 flex gap-4">
        <Link href="/" className="text-brand underline">
          返回首页
        </Link>
        <Link href={newsHref()} className="text-brand underline">
          新闻中心
        </Link>
      </p>
    </div>
  );
}
