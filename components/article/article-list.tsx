import Link from "next/link";
import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { TimeText } from "@/components/ui/time-text";

/** A news list: title, time, summary and a thumbnail where the article has a picture. */
export function ArticleList({ items, showSection = false }: { items: ArticleListItem[]; showSection?: boolean }) {
  if (items.length === 0) return <p className="py-8 text-center text-muted">暂无文章</p>;
  return (
    <ul className="divide-y divide-line">
      {items.map((a) => (
        <li key={a.id} className="flex gap-3 py-4">
          <div className="min-w-0 flex-1">
            <h2 className="text-[1.0625rem] leading-snug font-bold">
              <Link prefetch={false} href={articleHref(a.id)} className="flex min-h-11 min-w-11 items-center hover:text-brand">
                {a.isBreaking ? <span className="mr-1 text-brand">[快讯]</span> : null}
                {a.title}
              </Link>
            </h2>
            {a.summary ? <p className="mt-1 line-clamp-2 text-sm text-muted">{a.summary}</p> : null}
            <p className="mt-1 text-xs text-muted">
              {showSection ? <span className="mr-2">{a.section.name}</span> : null}
              <TimeText iso={a.publishedAt} />
            </p>
          </div>
          {a.cover ? (
            <Link prefetch={false} href={articleHref(a.id)} className="shrink-0" tabIndex={-1} aria-hidden>
              <ResponsiveImage image={a.cover} sizes="(min-width: 640px) 160px, 112px" alt="" className="h-20 w-28 rounded object-cover sm:h-24 sm:w-40" />
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
