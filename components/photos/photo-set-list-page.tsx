import { Breadcrumb, type Crumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { photosHref } from "@/lib/site/channels";
import type { Paginated, PhotoSetListItem } from "@/lib/view-types";
import { PhotoSetGrid } from "./photo-set-grid";

/** /photos and /photos/page/N: heading, the grid of sets and page numbers. */
export function PhotoSetListPage({ list }: { list: Paginated<PhotoSetListItem> }) {
  const crumbs: Crumb[] =
    list.page > 1
      ? [{ label: "首页", href: "/" }, { label: "黔图汇", href: photosHref() }, { label: `第${list.page}页` }]
      : [{ label: "首页", href: "/" }, { label: "黔图汇" }];
  return (
    <div>
      <Breadcrumb items={crumbs} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">
        黔图汇
        {list.page > 1 ? <span className="ml-2 text-base font-normal text-muted">第{list.page}页</span> : null}
      </h1>
      <p className="mt-2 text-sm text-muted">用镜头记录黔东南：山水、村寨、节庆与发展新貌。</p>
      <PhotoSetGrid items={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={photosHref} />
    </div>
  );
}
