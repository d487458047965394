import { ContactLines } from "@/components/layout/contact-lines";
import { formatDateTimeWithSeconds, toChinaIso } from "@/lib/format/date";
import type { ArticleView, SiteSettingsView } from "@/lib/view-types";

type ArticleHeaderProps = { article: ArticleView; settings: SiteSettingsView };

/** Title, kicker line and the meta line: 时间, 来源 and the newsroom's contact lines. */
/** A change within this long of publication is part of publishing it, not an update. */
const UPDATE_AFTER_MS = 60_000;

export function ArticleHeader({ article, settings }: ArticleHeaderProps) {
  const published = new Date(article.publishedAt);
  const modified = new Date(article.modifiedAt);
  const updated = modified.getTime() - published.getTime() > UPDATE_AFTER_MS;
  return (
    <header className="border-b border-line pb-4">
      <h1 className="text-[1.5rem] leading-snug font-bold sm:text-[1.875rem]">{article.title}</h1>
      {article.subtitle ? <p className="mt-2 text-lg text-muted">{article.subtitle}</p> : null}
      <div className="mt-3 space-y-1 text-sm text-muted">
        <p className="flex flex-wrap gap-x-4">
          <span>
            时间：<time dateTime={toChinaIso(published)}>{formatDateTimeWithSeconds(published)}</time>
          </span>
          {updated ? (
            <span>
              最后更新：<time dateTime={toChinaIso(modified)}>{formatDateTimeWithSeconds(modified)}</time>
            </span>
          ) : null}
          <span>
            来源：
            {article.source?.url ? (
              <a href={article.source.url} rel="noopener noreferrer nofollow" target="_blank" className="inline-flex min-h-11 items-center hover:text-brand">
                {article.source.name}
              </a>
            ) : (
              (article.source?.name ?? settings.siteName)
            )}
          </span>
        </p>
        <ContactLines settings={settings} />
      </div>
    </header>
  );
}
