import { correctionText } from "@/lib/content/correction-text";
import { formatDateTime, toChinaIso } from "@/lib/format/date";
import type { CorrectionView } from "@/lib/view-types";

/** 更正 under an article's title: each correction with its date, oldest first. */
export function CorrectionNotes({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-label="更正" className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-[0.95rem]">
      {corrections.map((c) => (
        <p key={c.id} className="py-0.5">
          <strong className="mr-2 text-amber-900">更正</strong>
          <time dateTime={toChinaIso(new Date(c.createdAt))} className="mr-2 text-ink">
            {formatDateTime(new Date(c.createdAt))}
          </time>
          {correctionText(c)}
        </p>
      ))}
    </section>
  );
}
