import { describe, expect, it } from "vitest";
import { parseMediaVariantName } from "@/lib/media/image-url";

describe("parseMediaVariantName", () => {
  it("takes a stored variant's name apart", () => {
    expect(parseMediaVariantName("articles/2026/ab12-640.webp")).toEqual({ key: "articles/2026/ab12", width: 640, format: "webp" });
    expect(parseMediaVariantName("ab12-1280.avif")).toEqual({ key: "ab12", width: 1280, format: "avif" });
  });

  it("refuses names that could leave the media folder or are not variants", () => {
    for (const name of ["../etc/passwd-640.webp", "a/../../b-640.webp", "/abs-640.webp", ".hidden-640.webp", "ab12.webp", "ab12-640.gif", "AB12-640.webp", "ab12-64000.webp", ""]) {
      expect(parseMediaVariantName(name), name).toBeNull();
    }
  });
});
