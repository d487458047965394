import { describe, expect, it } from "vitest";
import { drawImageCaptions } from "./image-captions";
import { sanitizeArticleHtml } from "./sanitize-html";

describe("picture captions in article bodies", () => {
  it("draws a picture's 图注 under it and keeps its alt text", () => {
    const stored = sanitizeArticleHtml('<p>正文</p><img src="/media/a-640.webp" alt="西江千户苗寨" title="西江千户苗寨全景 &lt;摄影&gt;"><p>后文</p>');
    expect(drawImageCaptions(stored)).toBe(
      '<p>正文</p><figure><img src="/media/a-640.webp" alt="西江千户苗寨" /><figcaption>西江千户苗寨全景 &lt;摄影&gt;</figcaption></figure><p>后文</p>',
    );
  });

  it("leaves pictures without a caption as they are", () => {
    const stored = sanitizeArticleHtml('<img src="/media/a-640.webp" alt="梯田">');
    expect(drawImageCaptions(stored)).toBe(stored);
  });
});
