import { describe, expect, it } from "vitest";
import { planDemoPhotoSets } from "./seed-photos";

const now = new Date(Date.UTC(2026, 10, 29, 8));

describe("planDemoPhotoSets", () => {
  it("draws and writes the same sets for the same seed, other sets for another", () => {
    const a = planDemoPhotoSets({ seed: 7, now });
    expect(planDemoPhotoSets({ seed: 7, now })).toEqual(a);
    expect(planDemoPhotoSets({ seed: 8, now }).map((s) => s.title)).not.toEqual(a.map((s) => s.title));
  });

  it("makes about a dozen believable sets of 4–12 captioned photos, oldest first, in the two months before now", () => {
    const sets = planDemoPhotoSets({ seed: 20260101, now });
    expect(sets).toHaveLength(12);
    for (const set of sets) {
      expect(set.photos.length).toBeGreaterThanOrEqual(4);
      expect(set.photos.length).toBeLessThanOrEqual(12);
      expect(set.title).toMatch(/^[\u4e00-\u9fff：“”，、 ]{6,30}$/);
      expect(set.summary.length).toBeGreaterThan(20);
      expect(set.coverIndex).toBeLessThan(set.photos.length);
      for (const p of set.photos) {
        expect(p.caption).toMatch(/^[^{}<>&]+。$/);
        expect(p.photographer).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
        expect(p.svg.startsWith("<svg")).toBe(true);
      }
      // Captions within a set are never repeated.
      expect(new Set(set.photos.map((p) => p.caption)).size).toBe(set.photos.length);
      expect(now.getTime() - set.publishedAt.getTime()).toBeLessThan(61 * 86_400_000);
    }
    const times = sets.map((s) => s.publishedAt.getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });
});
