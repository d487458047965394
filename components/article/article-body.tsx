import { bodyWithByline } from "@/lib/content/byline";
import { liftHeadings } from "@/lib/content/heading-levels";
import { drawImageCaptions } from "@/lib/content/image-captions";
import type { ArticleView } from "@/lib/view-types";

/**
 * The stored body. It was sanitized on the server before it was saved
 * (lib/content/sanitize-html.ts), which is what makes rendering it as HTML safe.
 */
export function ArticleBody({ article }: { article: ArticleView }) {
  const html = liftHeadings(drawImageCaptions(bodyWithByline(article.bodyHtml, article.dateline, article.reporters)));
  return <div className="article-body mt-5" data-read-body dangerouslySetInnerHTML={{ __html: html }} />;
}
