import type { Metadata } from "next";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleJsonLd } from "@/components/article/article-json-ld";
import { BookmarkButton } from "@/components/article/bookmark-button";
import { CopyrightStatement } from "@/components/article/copyright-statement";
import { CorrectionNotes } from "@/components/article/correction-notes";
import { PrevNext } from "@/components/article/prev-next";
import { SaverPicture } from "@/components/data-saver/saver-picture";
import { ReadAloudButton } from "@/components/article/read-aloud/read-aloud-button";
import { RelatedList } from "@/components/article/related-list";
import { ShareLinks } from "@/components/article/share-links";
import { MostRead } from "@/components/home/most-read";
import { ArticleTopicLinks } from "@/components/topics/article-topic-links";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { ViewBeacon } from "@/components/ui/view-beacon";
import { getMostRead } from "@/lib/data/articles/get-most-read";
import { getNeighbours } from "@/lib/data/articles/get-neighbours";
import { getRelatedArticles } from "@/lib/data/articles/get-related";
import { findRecentArticleIds } from "@/lib/data/articles/list-articles";
import { getSiteSettings } from "@/lib/data/settings/get-site-settings";
import { getSiteUrl } from "@/lib/data/settings/get-site-url";
import { getArticleTopics } from "@/lib/data/topics/get-article-topics";
import { feedAlternates } from "@/lib/feeds/alternates";
import { articleSocialMetadata } from "@/lib/seo/article-metadata";
import { articlePictureBytes } from "@/lib/site/article-picture-bytes";
import { articleHref, newsHref, sectionHref } from "@/lib/site/channels";
import { loadArticle } from "@/lib/site/article-page";

export const revalidate = 3600;
// Older articles are rendered on their first request and cached from then on.
export const dynamicParams = true;

/** How many of the newest articles are built ahead, at `next build`. */
const PRERENDERED_ARTICLES = 100;

export async function generateStaticParams() {
  const ids = await findRecentArticleIds(PRERENDERED_ARTICLES);
  return ids.map((id) => ({ id: String(id) }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [article, settings] = await Promise.all([loadArticle((await params).id), getSiteSettings()]);
  const url = articleHref(article.id);
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: url, types: feedAlternates(article.section.slug, article.section.name) },
    ...articleSocialMetadata(article, url, { siteName: settings.siteName }),
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).id);
  const anchor = { id: article.id, sectionId: article.section.id, sectionSlug: article.section.slug };
  const [settings, siteUrl, neighbours, related, mostRead, topics, pictureBytes] = await Promise.all([
    getSiteSettings(),
    getSiteUrl(),
    getNeighbours({ ...anchor, publishedAt: article.publishedAt }),
    getRelatedArticles({ ...anchor, tags: article.tags }),
    getMostRead(10),
    getArticleTopics(article.id),
    articlePictureBytes(article),
  ]);
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
      <article className="min-w-0 lg:col-span-2" data-current-section={article.section.slug}>
        <ArticleJsonLd article={article} url={articleHref(article.id)} siteUrl={siteUrl} siteName={settings.siteName} />
        <ViewBeacon kind="article" id={article.id} />
        <Breadcrumb
          items={[
            { label: "首页", href: "/" },
            { label: "新闻中心", href: newsHref() },
            { label: article.section.name, href: sectionHref(article.section.slug) },
            { label: "正文" },
          ]}
        />
        <ArticleHeader article={article} settings={settings} />
        <CorrectionNotes corrections={article.corrections} />
        <ReadAloudButton />
        {article.cover ? (
          <figure className="mt-5">
            <SaverPicture
              width={article.cover.width}
              height={article.cover.height}
              bytes={pictureBytes.cover}
              caption={article.cover.caption || article.cover.alt}
            >
              <ResponsiveImage image={article.cover} sizes="(min-width: 1024px) 720px, 100vw" priority className="w-full rounded" />
            </SaverPicture>
            {article.cover.caption ? <figcaption className="mt-1 text-center text-sm text-muted">{article.cover.caption}</figcaption> : null}
          </figure>
        ) : null}
        <ArticleBody article={article} pictureBytes={pictureBytes.body} />
        <ArticleTopicLinks topics={topics} />
        <div className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
          <p className="text-sm text-muted">责任编辑：{article.editorName ?? "本网编辑"}</p>
          <BookmarkButton id={article.id} title={article.title} url={articleHref(article.id)} summary={article.summary} />
        </div>
        <div className="mt-3">
          <ShareLinks path={articleHref(article.id)} title={article.title} />
        </div>
        <PrevNext previous={neighbours.previous} next={neighbours.next} />
        <RelatedList items={related} />
        <CopyrightStatement settings={settings} sourceName={article.source?.name ?? null} />
      </article>
      <aside className="lg:col-span-1">
        <MostRead items={mostRead} />
      </aside>
    </div>
  );
}
