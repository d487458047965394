import Link from "next/link";
import { Breadcrumb, type Crumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { VIDEO_FILTERS, videoHref } from "@/lib/site/video-links";
import type { MediaKind, MediaListItem, Paginated } from "@/lib/view-types";
import { MediaGrid } from "./media-grid";

type MediaListPageProps = { kind: MediaKind | null; list: Paginated<MediaListItem> };

/** 视听中心's lists: the 全部/视频/音频 filter (links, so each is its own cached page), cards and page numbers. */
export function MediaListPage({ kind, list }: MediaListPageProps) {
  const filterLabel = VIDEO_FILTERS.find((f) => f.kind === kind)?.label ?? "全部";
  const crumbs: Crumb[] = [{ label: "首页", href: "/" }, { label: "视听中心", href: kind || list.page > 1 ? videoHref() : undefined }];
  if (kind) crumbs.push({ label: filterLabel, href: list.page > 1 ? videoHref(kind) : undefined });
  if (list.page > 1) crumbs.push({ label: `第${list.page}页` });
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={crumbs} />
      <h1 className="mt-1 border-b-2 border-brand pb-2 text-2xl font-bold">
        视听中心
        {kind ? <span className="ml-2 text-base font-normal text-muted">{filterLabel}</span> : null}
        {list.page > 1 ? <span className="ml-2 text-base font-normal text-muted">第{list.page}页</span> : null}
      </h1>
      <nav aria-label="节目类型" className="mt-3">
        <ul className="flex gap-2">
          {VIDEO_FILTERS.map((f) => (
            <li key={f.label}>
              <Link prefetch={false}
                href={videoHref(f.kind)}
                aria-current={f.kind === kind ? "page" : undefined}
                className="inline-flex min-h-11 min-w-16 items-center justify-center rounded-full border border-line px-4 text-sm hover:border-brand hover:text-brand aria-[current=page]:border-brand aria-[current=page]:bg-brand aria-[current=page]:text-white"
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <MediaGrid items={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={(n) => videoHref(kind, n)} />
    </div>
  );
}
