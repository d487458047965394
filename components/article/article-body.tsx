import { bodyWithByline } from "@/lib/content/byline";
import { liftHeadings } from "@/lib/content/heading-levels";
import { drawImageCaptions } from "@/lib/content/image-captions";
import { drawSaverPlaceholders } from "@/lib/content/saver-placeholders";
import type { ArticleView } from "@/lib/view-types";

type ArticleBodyProps = {
  article: ArticleView;
  /** Sizes of the body pictures' phone variants, by URL, for the 省流量 placeholders. */
  pictureBytes: Record<string, number>;
};

/**
 * The stored body. It was sanitized on the server before it was saved
 * (lib/content/sanitize-html.ts), which is what makes rendering it as HTML safe.
 */
export function ArticleBody({ article, pictureBytes }: ArticleBodyProps) {
  const html = drawSaverPlaceholders(
    liftHeadings(drawImageCaptions(bodyWithByline(article.bodyHtml, article.dateline, article.reporters))),
    pictureBytes,
  );
  return <div className="article-body mt-5" data-read-body dangerouslySetInnerHTML={{ __html: html }} />;
}
