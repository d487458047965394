import { formatCount } from "@/lib/format/number";
import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";

/**
 * 热点排行: the last 24 hours' most read, the top three marked; the 7-day
 * list (homepage) folds out beneath it without any script.
 */
export function MostRead({ items, week }: { items: ArticleListItem[]; week?: ArticleListItem[] }) {
  return (
    <section aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="flex items-baseline justify-between border-b-2 border-brand pb-1 text-lg font-bold">
        热点排行 <span className="text-xs font-normal text-muted">24小时</span>
      </h2>
      <RankedList items={items} />
      {week?.length ? (
        <details className="mt-2">
          <summary className="flex min-h-11 cursor-pointer items-center text-sm text-muted hover:text-brand">7天排行</summary>
          <RankedList items={week} label="7天排行" />
        </details>
      ) : null}
    </section>
  );
}

function RankedList({ items, label }: { items: ArticleListItem[]; label?: string }) {
  return (
    <ol className="ranked mt-1" aria-label={label}>
      {items.map((a, i) => (
        <li key={a.id}>
          <span aria-hidden className="rank">
            {i + 1}
          </span>
          <a href={articleHref(a.id)} className="list-link">
            <span className="truncate">{a.title}</span>
          </a>
          {a.viewCount > 0 ? (
            <span className="list-meta" title="阅读量">
              {formatCount(a.viewCount)}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
