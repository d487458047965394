import { describe, expect, it } from "vitest";
import { bodyWithByline, bylineText } from "./byline";
import { htmlToText, sanitizeArticleHtml } from "./sanitize-html";

describe("sanitizeArticleHtml", () => {
  it("removes scripts, event handlers and javascript: links", () => {
    const dirty =
      '<p onclick="steal()">正文<script>alert(1)</script></p><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">链接</a><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeArticleHtml(dirty);
    expect(clean).not.toMatch(/script|onclick|onerror|javascript:|iframe|alert/);
    expect(clean).toContain("<p>正文</p>");
    expect(clean).toContain("<a>链接</a>");
  });

  it("keeps the structure editors use: headings, paragraphs, emphasis, lists, images", () => {
    const html = '<h3>小标题</h3><p><strong>重点</strong>内容</p><ul><li>一</li></ul><img src="/media/a-640.webp" alt="图">';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain("<h3>小标题</h3>");
    expect(clean).toContain("<strong>重点</strong>");
    expect(clean).toContain("<li>一</li>");
    expect(clean).toContain('alt="图"');
  });

  it("drops inline styles and classes, and demotes h1 below the page title", () => {
    const clean = sanitizeArticleHtml('<h1 class="x" style="color:red">标题</h1>');
    expect(clean).toBe("<h2>标题</h2>");
  });

  it("marks links to other sites so they open apart and pass no rank", () => {
    const clean = sanitizeArticleHtml('<a href="https://example.com/a" target="_self" rel="opener">外链</a>');
    expect(clean).toContain('rel="noopener noreferrer nofollow"');
    expect(clean).toContain('target="_blank"');
    expect(clean).not.toContain("opener\"");
  });

  it("turns HTML into plain text for summaries", () => {
    expect(htmlToText("<h3>标题</h3>\n<p>第一段&amp;<script>x()</script></p>")).toBe("标题 第一段&");
  });
});

describe("byline", () => {
  it("prints dateline and reporters as Chinese newspapers do", () => {
    expect(bylineText("本港讯", ["周重新", "杨光勇"])).toBe("本港讯（周重新 杨光勇）");
    expect(bylineText("新华社贵阳电", [])).toBe("新华社贵阳电");
  });

  it("opens the first paragraph with the byline and escapes it", () => {
    expect(bodyWithByline("<p>正文</p>", "本港讯", ["<b>甲</b>"])).toBe(
      '<p><span class="article-dateline">本港讯（&lt;b&gt;甲&lt;/b&gt;）</span>正文</p>',
    );
    expect(bodyWithByline("<h3>小标题</h3>", "本港讯", [])).toBe('<p><span class="article-dateline">本港讯</span></p><h3>小标题</h3>');
    expect(bodyWithByline("<p>正文</p>", "", [])).toBe("<p>正文</p>");
  });
});
