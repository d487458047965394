import "server-only";
import { bodyPictureUrls } from "@/lib/content/saver-placeholders";
import { phoneImageUrl } from "@/lib/media/image-url";
import { pictureBytes } from "@/lib/media/picture-bytes";
import type { ArticleView } from "@/lib/view-types";

/** What an article's pictures weigh for a phone (cover and body), by URL, for its 省流量 placeholders. */
export async function articlePictureBytes(article: Pick<ArticleView, "cover" | "bodyHtml">): Promise<Record<string, number>> {
  const urls = bodyPictureUrls(article.bodyHtml);
  if (article.cover) urls.push(phoneImageUrl(article.cover));
  return pictureBytes(urls);
}
