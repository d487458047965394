import { describe, expect, it } from "vitest";
import { highlightHtml, snippetHtml } from "./highlight";
import { ftsExpression, MAX_QUERY_LENGTH, normalizeQuery, parseSearchPage } from "./search-query";
import { queryWords, segmentForIndex } from "./segment";

describe("query words", () => {
  it("cuts Chinese into words and keeps mixed Chinese and ASCII apart", () => {
    expect(queryWords("矛盾纠纷")).toEqual(["矛盾", "纠纷"]);
    expect(queryWords("G60高速")).toEqual(["g60", "高速"]);
    expect(queryWords("凯里")).toEqual(["凯里"]);
  });

  it("drops punctuation, quotes and operators' symbols, and repeated words", () => {
    expect(queryWords('"凯里" AND * NEAR( 凯里')).toEqual(["凯里", "and", "near"]);
    expect(queryWords('*"()^:-')).toEqual([]);
  });

  it("indexes the shorter words inside long ones", () => {
    expect(segmentForIndex("雷山县的G60高速。").split(" ")).toEqual(expect.arrayContaining(["雷山", "雷山县", "g60", "高速"]));
  });
});

describe("FTS expression", () => {
  it("quotes every word and makes single characters prefixes", () => {
    expect(ftsExpression(["凯里", "州"])).toBe('"凯里" AND "州" *');
    expect(ftsExpression(['a"b'])).toBe('"a""b"');
  });
});

describe("normalizeQuery", () => {
  it("folds whitespace and caps the length", () => {
    expect(normalizeQuery("  凯里 \n  雷山 ")).toEqual({ text: "凯里 雷山", truncated: false });
    const long = normalizeQuery("黔".repeat(MAX_QUERY_LENGTH + 5));
    expect(long).toEqual({ text: "黔".repeat(MAX_QUERY_LENGTH), truncated: true });
    expect(normalizeQuery(undefined).text).toBe("");
    expect(normalizeQuery(["a", "b"]).text).toBe("a");
  });

  it("reads page numbers, falling back to page 1", () => {
    expect(parseSearchPage("3")).toBe(3);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "99999"]) expect(parseSearchPage(bad)).toBe(1);
  });
});

describe("highlighting", () => {
  it("escapes the text before marking words, even words inside entities", () => {
    expect(highlightHtml('<b>凯里</b> & "amp"', ["凯里", "amp", "b"])).toBe(
      '&lt;<mark>b</mark>&gt;<mark>凯里</mark>&lt;/<mark>b</mark>&gt; &amp; &quot;<mark>amp</mark>&quot;',
    );
  });

  it("cuts a snippet around the first match", () => {
    const text = `${"甲".repeat(200)}凯里${"乙".repeat(200)}`;
    const html = snippetHtml(text, ["凯里"], 40);
    expect(html).toMatch(/^…甲+<mark>凯里<\/mark>乙+…$/);
    expect(snippetHtml("短文", ["凯里"])).toBe("短文");
  });
});
