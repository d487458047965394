import Link from "next/link";
import { JOB_CATEGORIES } from "@/lib/jobs/categories";
import { JOB_COUNTIES } from "@/lib/jobs/counties";
import { ALL, jobListHref, type JobFilter } from "@/lib/jobs/job-urls";

type Option = { slug: string; name: string };

/**
 * 县市 and 类别 as rows of links: each filter is its own cacheable URL, so
 * choosing one is an ordinary navigation. On a phone each row scrolls
 * sideways inside itself; the page never does.
 */
export function JobFilters({ filter }: { filter: JobFilter }) {
  return (
    <div className="mt-3 space-y-2">
      <ChipRow
        label="县市"
        options={JOB_COUNTIES}
        current={filter.county}
        href={(county) => jobListHref({ county, category: filter.category })}
      />
      <ChipRow
        label="类别"
        options={JOB_CATEGORIES}
        current={filter.category}
        href={(category) => jobListHref({ county: filter.county, category })}
      />
    </div>
  );
}

function ChipRow({ label, options, current, href }: { label: string; options: readonly Option[]; current: string; href: (slug: string) => string }) {
  const all: Option = { slug: ALL, name: "全部" };
  return (
    <nav aria-label={`按${label}筛选`} className="flex items-start gap-2">
      <span className="flex min-h-11 shrink-0 items-center text-sm text-muted">{label}</span>
      <ul className="flex min-w-0 flex-1 gap-2 overflow-x-auto pb-1 sm:flex-wrap sm:overflow-visible">
        {[all, ...options].map((o) => {
          const selected = o.slug === current;
          return (
            <li key={o.slug} className="shrink-0">
              <Link prefetch={false}
                href={href(o.slug)}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm whitespace-nowrap ${selected ? "border-brand bg-brand text-white" : "border-line hover:border-brand hover:text-brand"}`}
              >
                {o.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
