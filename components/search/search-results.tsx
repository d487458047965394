import { TimeText } from "@/components/ui/time-text";
import type { SearchHit } from "@/lib/view-types";

const KIND_LABELS: Record<SearchHit["kind"], string | null> = { article: null, photos: "图集", media: "视听", topic: "专题" };

// Titles and snippets arrive as HTML that lib/search/highlight.ts escaped
// piece by piece before adding <mark>: the only markup in them is <mark>.
const MARKS = "[&_mark]:bg-brand-soft [&_mark]:font-bold [&_mark]:text-brand";

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-line" aria-label="搜索结果">
      {hits.map((hit) => (
        <li key={hit.href} className="py-4">
          <h2 className={`text-[1.0625rem] leading-snug font-bold ${MARKS}`}>
            {KIND_LABELS[hit.kind] ? <span className="mr-1 text-sm font-normal text-brand">[{KIND_LABELS[hit.kind]}]</span> : null}
            <a href={hit.href} className="flex min-h-11 min-w-11 items-center hover:text-brand" dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
          </h2>
          {hit.snippetHtml ? <p className={`mt-1 line-clamp-3 text-sm text-muted ${MARKS}`} dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
          <p className="mt-1 text-xs text-muted">
            {hit.sectionName ? <span className="mr-2">{hit.sectionName}</span> : null}
            <TimeText iso={hit.publishedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
