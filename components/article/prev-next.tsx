import Link from "next/link";
import { articleHref } from "@/lib/site/channels";
import type { ArticleLink } from "@/lib/view-types";

type PrevNextProps = { previous: ArticleLink | null; next: ArticleLink | null };

/** 上一篇 / 下一篇 within the article's section. */
export function PrevNext({ previous, next }: PrevNextProps) {
  const row = "flex min-h-11 items-baseline gap-1 py-1";
  return (
    <nav aria-label="上一篇和下一篇" className="mt-6 space-y-1 border-t border-line pt-4 text-[0.95rem]">
      <p className={row}>
        <span className="shrink-0 text-muted">上一篇：</span>
        {previous ? (
          <Link prefetch={false} href={articleHref(previous.id)} rel="prev" className="hover:text-brand">
            {previous.title}
          </Link>
        ) : (
          <span className="text-muted">没有了</span>
        )}
      </p>
      <p className={row}>
        <span className="shrink-0 text-muted">下一篇：</span>
        {next ? (
          <Link prefetch={false} href={articleHref(next.id)} rel="next" className="hover:text-brand">
            {next.title}
          </Link>
        ) : (
          <span className="text-muted">没有了</span>
        )}
      </p>
    </nav>
  );
}
