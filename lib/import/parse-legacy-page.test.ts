import { describe, expect, it } from "vitest";
import { readFixture } from "@/test/fixture";
import { legacyBodyHtml, parseLegacyArticlePage } from "./parse-legacy-page";

const fixture = readFixture();

describe.skipIf(!fixture)("parsing a saved page of the old portal", () => {
  // Parsed lazily: the body of a skipped describe still runs at collection.
  const parse = () => parseLegacyArticlePage(fixture!);

  it("finds the headline, time, source, byline and editor", () => {
    const page = parse();
    expect(page.title).toBe("苗乡侗寨警民情 州公安系统爱民活动促和谐");
    expect(page.publishedAt.toISOString()).toBe("2009-08-21T02:26:15.000Z");
    expect(page.source).toBe("");
    expect(page.dateline).toBe("本港讯");
    expect(page.reporters).toEqual(["周重新", "杨光勇"]);
    expect(page.editorName).toBe("dreamlak");
  });

  it("keeps sub-headings and paragraphs in page order", () => {
    const page = parse();
    const headings = page.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["大走访 访出警民鱼水情", "把“保稳定”落到实处", "将“大走访”变为“长走访”"]);
    expect(page.blocks[0].kind).toBe("paragraph");
    expect(page.blocks[0].text.startsWith("黔东南州公安系统")).toBe(true);
    expect(page.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(7);
    // Nothing after 责任编辑 (上一篇, 相关新闻, 声明) is taken into the body.
    expect(legacyBodyHtml(page)).not.toMatch(/上一篇|下一篇|声明|责任编辑/);
  });
});

describe("parsing pages that are not article pages", () => {
  it("says what is missing", () => {
    expect(() => parseLegacyArticlePage("首页\n随便一段文字")).toThrow(/时间/);
  });
});
