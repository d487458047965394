import Link from "next/link";
import { searchHref } from "@/lib/search/search-href";
import type { SectionView } from "@/lib/view-types";

type Props = { query: string; sections: SectionView[]; current: string | null };

/** 全部 and one link per news section; the current one is marked. Links, so no JavaScript is needed. */
export function SearchSectionFilter({ query, sections, current }: Props) {
  const options = [{ slug: null, name: "全部" }, ...sections.map((s) => ({ slug: s.slug, name: s.name }))];
  return (
    <nav aria-label="按栏目筛选" className="mt-3">
      <ul className="scroll-row flex gap-2 text-sm">
        {options.map((o) => {
          const active = o.slug === current;
          return (
            <li key={o.slug ?? "all"} className="shrink-0">
              <Link
                href={searchHref({ q: query, section: o.slug })}
                prefetch={false}
                aria-current={active ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 ${active ? "border-brand bg-brand text-white" : "border-line hover:border-brand hover:text-brand"}`}
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
