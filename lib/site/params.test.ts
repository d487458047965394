import { describe, expect, it } from "vitest";
import { parseId, parsePageNumber } from "./params";

describe("route parameters", () => {
  it("accepts plain positive numbers only", () => {
    expect(parseId("42")).toBe(42);
    expect(parsePageNumber("3")).toBe(3);
    for (const bad of ["0", "-1", "1.5", "abc", "01", "1e3", "", " 1", "9".repeat(10), "%31"]) {
      expect(parseId(bad)).toBeNull();
    }
    expect(parsePageNumber("1000000")).toBeNull();
  });
});
