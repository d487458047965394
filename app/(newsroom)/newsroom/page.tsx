import type { Metadata } from "next";
import Link from "next/link";
import { ArticleFilters } from "@/components/newsroom/article-filters";
import { ArticleTable } from "@/components/newsroom/article-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current-actor";
import { listNewsroomArticles, parseNewsroomFilters } from "@/lib/data/newsroom/list-newsroom-articles";
import { findNewsSections } from "@/lib/data/sections/get-sections";

export const metadata: Metadata = { title: "稿件" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomHome({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseNewsroomFilters(await searchParams);
  const [list, sections] = await Promise.all([listNewsroomArticles(actor, filters), findNewsSections()]);
  const href = (page: number) => {
    const query = new URLSearchParams();
    if (filters.status) query.set("status", filters.status);
    if (filters.sectionId) query.set("section", String(filters.sectionId));
    if (filters.q) query.set("q", filters.q);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return text ? `/newsroom?${text}` : "/newsroom";
  };
  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">稿件（{list.total}）</h1>
        <Link href="/newsroom/articles/new" className="inline-flex min-h-11 items-center rounded bg-brand px-4 text-white hover:bg-brand-dark">
          写稿
        </Link>
      </div>
      <ArticleFilters sections={sections} status={filters.status} sectionId={filters.sectionId} q={filters.q} />
      <ArticleTable rows={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </>
  );
}
