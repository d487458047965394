import "server-only";
import { getPublishedArticle } from "@/lib/data/articles/get-article";
import { getHomePage } from "@/lib/data/home/get-home-page";
import { ARTICLE_HTML_BYTES_ESTIMATE, type EditionArticle, type EditionManifest } from "@/lib/edition/edition-plan";
import { articleHref } from "@/lib/site/channels";
import { articlePictureBytes } from "@/lib/site/article-picture-bytes";

/**
 * `/edition.json`: the homepage's lead and top stories, each with the time
 * its text last changed (a device re-downloads only those that changed) and
 * what it should weigh on a phone: its pictures' files (the variants a phone
 * fetches) plus an estimate of the page itself.
 */
export async function editionManifest(): Promise<EditionManifest> {
  const home = await getHomePage();
  const stories = home.lead ? [home.lead, ...home.topStories] : home.topStories;
  const articles = await Promise.all(
    stories.map(async ({ id }): Promise<EditionArticle | null> => {
      const article = await getPublishedArticle(id);
      if (!article) return null;
      const pictures = await articlePictureBytes(article);
      const pictureBytes = Object.values(pictures.body).reduce((sum, n) => sum + n, 0);
      return { id, url: articleHref(id), title: article.title, modifiedAt: article.modifiedAt, bytes: ARTICLE_HTML_BYTES_ESTIMATE + pictureBytes };
    }),
  );
  return { articles: articles.filter((a): a is EditionArticle => a !== null) };
}
