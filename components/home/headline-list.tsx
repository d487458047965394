import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { TimeText } from "@/components/ui/time-text";

/**
 * A compact list of titles with short dates, as in a portal's blocks. Plain
 * links and short class names (app/globals.css): the homepage draws dozens of
 * these, each sent twice (HTML and RSC payload) and hydrated on a cheap phone.
 */
export function HeadlineList({ items }: { items: ArticleListItem[] }) {
  return (
    <ul>
      {items.map((a) => (
        <li key={a.id} className="headline">
          <a href={articleHref(a.id)} className="list-link">
            <span className="truncate">
              {a.isBreaking ? <span className="mr-1 text-brand">[快讯]</span> : null}
              {a.title}
            </span>
          </a>
          <TimeText iso={a.publishedAt} format="short" className="list-meta" />
        </li>
      ))}
    </ul>
  );
}
