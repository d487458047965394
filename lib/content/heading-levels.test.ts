import { describe, expect, it } from "vitest";
import { liftHeadings } from "./heading-levels";

describe("body heading levels under the page's h1", () => {
  it("lifts a body whose sub-headings start at h3", () => {
    expect(liftHeadings("<p>a</p><h3>一</h3><p>b</p><h4>二</h4>")).toBe("<p>a</p><h2>一</h2><p>b</p><h3>二</h3>");
  });

  it("leaves bodies that already start at h2, or have no headings", () => {
    expect(liftHeadings("<h2>一</h2><h3>二</h3>")).toBe("<h2>一</h2><h3>二</h3>");
    expect(liftHeadings("<p>h3 不是标签</p>")).toBe("<p>h3 不是标签</p>");
  });
});
