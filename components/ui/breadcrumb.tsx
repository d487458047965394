import Link from "next/link";

export type Crumb = { label: string; href?: string };

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center">
        {items.map((c, i) => (
          <li key={`${c.label}-${i}`} className="flex items-center">
            {i > 0 ? <span aria-hidden className="px-1">›</span> : null}
            {c.href ? (
              <Link prefetch={false} href={c.href} className="inline-flex min-h-11 min-w-11 items-center hover:text-brand">
                {c.label}
              </Link>
            ) : (
              <span aria-current="page" className="inline-flex min-h-11 items-center text-ink">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
