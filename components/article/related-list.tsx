import Link from "next/link";
import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { TimeText } from "@/components/ui/time-text";

export function RelatedList({ items }: { items: ArticleListItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-8">
      <h2 id="related-heading" className="border-l-4 border-brand pl-2 text-lg font-bold">
        相关新闻
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {items.map((a) => (
          <li key={a.id} className="flex items-baseline justify-between gap-3">
            <Link prefetch={false} href={articleHref(a.id)} className="flex min-h-11 flex-1 items-center py-1 hover:text-brand">
              {a.title}
            </Link>
            <TimeText iso={a.publishedAt} format="short" className="shrink-0 text-xs text-muted" />
          </li>
        ))}
      </ul>
    </section>
  );
}
