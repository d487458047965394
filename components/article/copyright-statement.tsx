import type { SiteSettingsView } from "@/lib/view-types";

type CopyrightStatementProps = { settings: SiteSettingsView; sourceName: string | null };

/** 声明: the original-work text for the site's own articles, the reprint text naming the source otherwise. */
export function CopyrightStatement({ settings, sourceName }: CopyrightStatementProps) {
  const text = sourceName ? settings.reprintStatement.replaceAll("{source}", sourceName) : settings.originalStatement;
  if (!text) return null;
  return (
    <aside aria-label="声明" className="mt-8 rounded bg-neutral-50 p-4 text-xs leading-relaxed text-muted">
      <p>
        <strong className="text-ink">声明：</strong>
        {text}
      </p>
    </aside>
  );
}
