import Link from "next/link";
import { articleHref } from "@/lib/site/channels";
import type { ArticleLink } from "@/lib/view-types";

type PrevNextProps = {
  previous: ArticleLink | null;
  next: ArticleLink | null;
  /** 黔图汇 says 上一组/下一组 and links to photo sets. */
  unit?: "篇" | "组";
  href?: (id: number) => string;
};

/** 上一篇 / 下一篇 within the article's section (or 上一组 / 下一组 of photo sets). */
export function PrevNext({ previous, next, unit = "篇", href = articleHref }: PrevNextProps) {
  const row = "flex min-h-11 items-center gap-1";
  return (
    <nav aria-label={`上一${unit}和下一${unit}`} className="mt-6 space-y-1 border-t border-line pt-4 text-[0.95rem]">
      <p className={row}>
        <span className="shrink-0 text-muted">{`上一${unit}：`}</span>
        {previous ? (
          <Link prefetch={false} href={href(previous.id)} rel="prev" className="inline-flex min-h-11 items-center hover:text-brand">
            {previous.title}
          </Link>
        ) : (
          <span className="text-muted">没有了</span>
        )}
      </p>
      <p className={row}>
        <span className="shrink-0 text-muted">{`下一${unit}：`}</span>
        {next ? (
          <Link prefetch={false} href={href(next.id)} rel="next" className="inline-flex min-h-11 items-center hover:text-brand">
            {next.title}
          </Link>
        ) : (
          <span className="text-muted">没有了</span>
        )}
      </p>
    </nav>
  );
}
