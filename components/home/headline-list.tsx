import Link from "next/link";
import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { TimeText } from "@/components/ui/time-text";

/** A compact list of titles with short dates, as in a portal's blocks. */
export function HeadlineList({ items }: { items: ArticleListItem[] }) {
  return (
    <ul>
      {items.map((a) => (
        <li key={a.id} className="flex items-center gap-3">
          <span aria-hidden className="h-1 w-1 shrink-0 rounded-full bg-brand" />
          <Link prefetch={false} href={articleHref(a.id)} className="flex min-h-11 min-w-0 flex-1 items-center hover:text-brand">
            <span className="truncate">
              {a.isBreaking ? <span className="mr-1 text-brand">[快讯]</span> : null}
              {a.title}
            </span>
          </Link>
          <TimeText iso={a.publishedAt} format="short" className="shrink-0 text-xs text-muted" />
        </li>
      ))}
    </ul>
  );
}
