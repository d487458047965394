import Link from "next/link";
import { SEARCH_SUGGESTIONS, searchHref } from "@/lib/search/search-href";

/** Queries a reader can try with one tap. */
export function SearchSuggestions({ heading }: { heading: string }) {
  return (
    <section className="mt-4" aria-label={heading}>
      <h2 className="text-sm font-bold">{heading}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {SEARCH_SUGGESTIONS.map((q) => (
          <li key={q}>
            <Link href={searchHref({ q })} prefetch={false} className="inline-flex min-h-11 items-center rounded border border-line px-3 hover:border-brand hover:text-brand">
              {q}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
