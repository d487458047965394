import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences";

const pieces = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe("splitSentences", () => {
  it("cuts after Chinese sentence punctuation, keeping closing quotes with their sentence", () => {
    expect(pieces("州里召开会议。会议要求：“抓好防汛！”各县认真落实？ 是的")).toEqual([
      "州里召开会议。",
      "会议要求：“抓好防汛！”",
      "各县认真落实？",
      "是的",
    ]);
  });

  it("drops white space and empty pieces", () => {
    expect(pieces("  \n ")).toEqual([]);
    expect(pieces("第一句。\n\n  第二句。  ")).toEqual(["第一句。", "第二句。"]);
  });

  it("reads an overlong sentence clause by clause, never losing a character", () => {
    const clause = "黔东南州各县市积极组织开展防汛抗旱应急演练活动，";
    const text = `${clause.repeat(8)}确保群众安全。`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.map(({ start, end }) => text.slice(start, end)).join("")).toBe(text);
    for (const { start, end } of spans) expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });

  it("keeps a long sentence without any clause mark whole", () => {
    const text = "州".repeat(MAX_SENTENCE_CHARS * 2);
    expect(pieces(text)).toEqual([text]);
  });
});
