import Link from "next/link";
import { formatCount } from "@/lib/format/number";
import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";

/** 热点排行: a ranked list, the top three marked. */
export function MostRead({ items }: { items: ArticleListItem[] }) {
  return (
    <section aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="border-b-2 border-brand pb-1 text-lg font-bold">
        热点排行
      </h2>
      <ol className="mt-1">
        {items.map((a, i) => (
          <li key={a.id} className="flex items-center gap-2">
            <span
              aria-hidden
              className={`flex h-5 w-5 shrink-0 items-center justify-center rounded text-xs font-bold ${
                i < 3 ? "bg-brand text-white" : "bg-neutral-200 text-muted"
              }`}
            >
              {i + 1}
            </span>
            <Link prefetch={false} href={articleHref(a.id)} className="flex min-h-11 min-w-0 flex-1 items-center hover:text-brand">
              <span className="truncate">{a.title}</span>
            </Link>
            <span className="shrink-0 text-xs text-muted" title="阅读量">
              {formatCount(a.viewCount)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
