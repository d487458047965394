import { ContactLines } from "@/components/layout/contact-lines";
import { formatDateTimeWithSeconds, toChinaIso } from "@/lib/format/date";
import type { ArticleView, SiteSettingsView } from "@/lib/view-types";

type ArticleHeaderProps = { article: ArticleView; settings: SiteSettingsView };

/** Title, kicker line and the meta line: 时间, 来源 and the newsroom's contact lines. */
export function ArticleHeader({ article, settings }: ArticleHeaderProps) {
  const published = new Date(article.publishedAt);
  return (
    <header className="border-b border-line pb-4">
      <h1 className="text-[1.5rem] leading-snug font-bold sm:text-[1.875rem]">{article.title}</h1>
      {article.subtitle ? <p className="mt-2 text-lg text-muted">{article.subtitle}</p> : null}
      <div className="mt-3 space-y-1 text-sm text-muted">
        <p className="flex flex-wrap gap-x-4">
          <span>
            时间：<time dateTime={toChinaIso(published)}>{formatDateTimeWithSeconds(published)}</time>
          </span>
          <span>
            来源：
            {article.source?.url ? (
              <a href={article.source.url} rel="noopener noreferrer nofollow" target="_blank" className="hover:text-brand">
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
