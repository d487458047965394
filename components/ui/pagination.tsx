import Link from "next/link";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The URL of a page number. */
  href: (page: number) => string;
};

/** Numbered pages around the current one, with first, last, 上一页 and 下一页. */
export function Pagination({ page, pageCount, href }: PaginationProps) {
  if (pageCount <= 1) return null;
  const numbers = pageWindow(page, pageCount);
  const cell = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3 text-sm";
  return (
    <nav aria-label="分页" className="mt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 ? (
          <li>
            <Link prefetch={false} href={href(page - 1)} rel="prev" className={`${cell} hover:border-brand hover:text-brand`}>
              上一页
            </Link>
          </li>
        ) : null}
        {numbers.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${cell} border-brand bg-brand text-white`}>
                  {n}
                </span>
              ) : (
                <Link prefetch={false} href={href(n)} className={`${cell} hover:border-brand hover:text-brand`} aria-label={`第${n}页`}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link prefetch={false} href={href(page + 1)} rel="next" className={`${cell} hover:border-brand hover:text-brand`}>
              下一页
            </Link>
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-center text-xs text-muted">
        第 {page} / {pageCount} 页
      </p>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20: null marks a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | null)[] {
  const pages = new Set<number>([1, pageCount]);
  for (let n = page - radius; n <= page + radius; n++) if (n >= 1 && n <= pageCount) pages.add(n);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}
