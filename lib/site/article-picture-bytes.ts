import "server-only";
import { bodyPictureUrls } from "@/lib/content/saver-placeholders";
import { phoneImageUrl } from "@/lib/media/image-url";
import { pictureBytes } from "@/lib/media/picture-bytes";
import type { ArticleView } from "@/lib/view-types";

export type ArticlePictureBytes = {
  /** The cover's variant a phone fetches; undefined without a cover or its file. */
  cover: number | undefined;
  /** The body's pictures, by URL. */
  body: Record<string, number>;
};

/** What an article's pictures weigh for a phone, for its 省流量 placeholders: one look at the disk for cover and body. */
export async function articlePictureBytes(article: Pick<ArticleView, "cover" | "bodyHtml">): Promise<ArticlePictureBytes> {
  const coverUrl = article.cover ? phoneImageUrl(article.cover) : null;
  const urls = bodyPictureUrls(article.bodyHtml);
  const sizes = await pictureBytes(coverUrl ? [...urls, coverUrl] : urls);
  return { cover: coverUrl ? sizes[coverUrl] : undefined, body: sizes };
}
