import { describe, expect, it } from "vitest";
import { pageWindow } from "@/components/ui/pagination";
import { parseArticleId, parsePageNumber } from "./params";

describe("route parameters", () => {
  it("accepts plain positive numbers only", () => {
    expect(parseArticleId("42")).toBe(42);
    expect(parsePageNumber("3")).toBe(3);
    for (const bad of ["0", "-1", "1.5", "abc", "01", "1e3", "", " 1", "9".repeat(10), "%31"]) {
      expect(parseArticleId(bad)).toBeNull();
    }
    expect(parsePageNumber("1000000")).toBeNull();
  });
});

describe("pageWindow", () => {
  it("shows the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
