import { describe, expect, it } from "vitest";
import { drawImageCaptions } from "./image-captions";
import { bodyPictureUrls, drawSaverPlaceholders, pictureSizeLabel } from "./saver-placeholders";

const SRCSET = "/media/uploads/a-320.webp 320w, /media/uploads/a-640.webp 640w, /media/uploads/a-960.webp 960w";
const BODY = drawImageCaptions(
  `<p>前文</p><img src="/media/uploads/a-640.webp" srcset="${SRCSET}" sizes="100vw" alt="雷山&quot;苗年&quot;" title="苗年节上的&lt;芦笙&gt;" width="1200" height="800"><p>后文</p><img src="/media/uploads/b-320.webp" alt="" width="320" height="240">`,
);

describe("省流量 placeholders in an article body", () => {
  it("quotes the variant a phone fetches: the narrowest at least 720 px wide, else the src", () => {
    expect(bodyPictureUrls(BODY)).toEqual(["/media/uploads/a-960.webp", "/media/uploads/b-320.webp"]);
  });

  it("makes each picture lazy and puts a placeholder with its ratio, size and caption beside it", () => {
    const html = drawSaverPlaceholders(BODY, { "/media/uploads/a-960.webp": 46_080 });
    expect(html.match(/data-saver-picture/g)).toHaveLength(2);
    expect(html.match(/loading="lazy"/g)).toHaveLength(2);
    expect(html).toContain('style="aspect-ratio:1200 / 800"');
    expect(html).toContain("图片 · 约 45 KB");
    expect(html).toContain('<span class="saver-placeholder-caption">苗年节上的&lt;芦笙&gt;</span>');
    // The 图注 stays under the picture, inside its <figure>.
    expect(html).toMatch(/<figure><span class="saver-picture" data-saver-picture=""><img [^>]*><button[^>]*>.*<\/button><\/span><figcaption>苗年节上的&lt;芦笙&gt;<\/figcaption><\/figure>/);
    // No size known, no caption: the placeholder says only that it is a picture.
    expect(html).toContain('style="aspect-ratio:320 / 240"><span class="saver-placeholder-size">图片</span><span class="saver-placeholder-action">点按加载</span>');
  });

  it("leaves a body without pictures as it was", () => {
    expect(drawSaverPlaceholders("<p>只有文字</p>", {})).toBe("<p>只有文字</p>");
  });

  it("rounds sizes to whole KB, at least 1", () => {
    expect(pictureSizeLabel(100)).toBe("约 1 KB");
    expect(pictureSizeLabel(153_600)).toBe("约 150 KB");
    expect(pictureSizeLabel(undefined)).toBe("");
  });
});
