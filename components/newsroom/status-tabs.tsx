import Link from "next/link";

type Props<S extends string> = {
  label: string;
  statuses: readonly S[];
  current: S;
  labels: Record<S, string>;
  counts: Record<S, number>;
  href: (status: S) => string;
};

/** A newsroom queue's tabs by status, each with its count (待审（3）…). */
export function StatusTabs<S extends string>({ label, statuses, current, labels, counts, href }: Props<S>) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-1 border-b border-line">
      {statuses.map((status) => {
        const selected = status === current;
        return (
          <Link
            key={status}
            href={href(status)}
            aria-current={selected ? "page" : undefined}
            className={`-mb-px inline-flex min-h-11 items-center border-b-2 px-4 text-sm ${selected ? "border-brand font-bold text-brand" : "border-transparent hover:text-brand"}`}
          >
            {labels[status]}（{counts[status]}）
          </Link>
        );
      })}
    </nav>
  );
}
