import { describe, expect, it } from "vitest";
import { contentRange, decideRange } from "./range";

const SIZE = 1000;

describe("decideRange", () => {
  it("sends the whole file without a Range header", () => {
    expect(decideRange(null, SIZE)).toEqual({ kind: "full" });
  });

  it("answers bytes=a-b, bytes=a- and bytes=-n with one range", () => {
    expect(decideRange("bytes=0-99", SIZE)).toEqual({ kind: "partial", range: { start: 0, end: 99 } });
    expect(decideRange("bytes=500-", SIZE)).toEqual({ kind: "partial", range: { start: 500, end: 999 } });
    expect(decideRange("bytes=-100", SIZE)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(decideRange("bytes=999-999", SIZE)).toEqual({ kind: "partial", range: { start: 999, end: 999 } });
  });

  it("clamps a last position past the end, and a suffix longer than the file", () => {
    expect(decideRange("bytes=900-5000", SIZE)).toEqual({ kind: "partial", range: { start: 900, end: 999 } });
    expect(decideRange("bytes=-5000", SIZE)).toEqual({ kind: "partial", range: { start: 0, end: 999 } });
    expect(decideRange("bytes=0-99999999999999999999", SIZE)).toEqual({ kind: "partial", range: { start: 0, end: 999 } });
  });

  it("refuses ranges that start past the end (416)", () => {
    expect(decideRange("bytes=1000-", SIZE)).toEqual({ kind: "unsatisfiable" });
    expect(decideRange("bytes=5000-6000", SIZE)).toEqual({ kind: "unsatisfiable" });
    expect(decideRange("bytes=-0", SIZE)).toEqual({ kind: "unsatisfiable" });
    expect(decideRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("ignores what it cannot read, and several ranges, with the full file", () => {
    for (const header of ["bytes=", "bytes=-", "items=0-5", "bytes=abc", "bytes=5-3", "bytes=0-1,5-9", "0-5"]) {
      expect(decideRange(header, SIZE), header).toEqual({ kind: "full" });
    }
  });

  it("tolerates spaces", () => {
    expect(decideRange(" bytes = 10 - 19 ", SIZE)).toEqual({ kind: "partial", range: { start: 10, end: 19 } });
  });

  it("writes Content-Range", () => {
    expect(contentRange({ start: 0, end: 99 }, SIZE)).toBe("bytes 0-99/1000");
  });
});
