import { ArticleList } from "@/components/article/article-list";
import { Breadcrumb, type Crumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import type { ArticleListItem, Paginated } from "@/lib/view-types";

type ArticleListPageProps = {
  heading: string;
  description?: string;
  crumbs: Crumb[];
  list: Paginated<ArticleListItem>;
  href: (page: number) => string;
  showSection?: boolean;
  /** Beside the heading on the first page (a section's 关注 button). */
  headingAction?: React.ReactNode;
};

/** The news center and section pages: heading, list and page numbers. */
export function ArticleListPage({ heading, description, crumbs, list, href, showSection, headingAction }: ArticleListPageProps) {
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={crumbs} />
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2 border-b-2 border-brand pb-2">
        <h1 className="text-2xl font-bold">
          {heading}
          {list.page > 1 ? <span className="ml-2 text-base font-normal text-muted">第{list.page}页</span> : null}
        </h1>
        {list.page === 1 ? headingAction : null}
      </div>
      {description ? <p className="mt-2 text-sm text-muted">{description}</p> : null}
      <ArticleList items={list.items} showSection={showSection} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </div>
  );
}
