import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SaverPicture } from "@/components/data-saver/saver-picture";
import { escapeHtml } from "@/lib/content/escape-html";
import { saverPlaceholderHtml } from "@/lib/content/saver-placeholders";

// The cover's placeholder is drawn by React, the body pictures' as HTML text;
// the page's CSS and the pre-paint script expect the two to be the same.
// (Called as a function: it has no hooks, and this keeps its picture a prop.)
describe("SaverPicture", () => {
  it("draws the same placeholder as the body pictures'", () => {
    const caption = "雷山<苗年>“鼓藏节” & 芦笙";
    const html = renderToStaticMarkup(
      SaverPicture({ width: 1600, height: 900, bytes: 46_000, caption, children: createElement("img", { className: "saver-img", alt: "" }) }),
    );
    expect(html).toBe(
      `<span class="saver-picture" data-saver-picture="">` +
        `<img class="saver-img" alt=""/>` +
        saverPlaceholderHtml("1600 / 900", "约 45 KB", escapeHtml(caption)) +
        `</span>`,
    );
  });

  it("leaves the size and caption out when they are unknown", () => {
    const html = renderToStaticMarkup(SaverPicture({ width: 4, height: 3, bytes: undefined, caption: "", children: null }));
    expect(html).toContain(saverPlaceholderHtml("4 / 3", "", ""));
  });
});
