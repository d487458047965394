import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { expectNoHorizontalScroll } from "./support";

// 视听中心 as a reader sees it, at phone and desktop widths: the kind filter,
// an item's page, and the browser's own player really loading and seeking
// (which goes through the range requests of /media/av/).

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
}

/** The page's duration line, "时长 8秒", as seconds. */
async function statedSeconds(page: Page): Promise<number> {
  const text = (await page.getByText(/^时长/).first().textContent()) ?? "";
  const m = /(?:(\d+)分)?(\d+)秒/.exec(text);
  expect(m, `时长格式：${text}`).toBeTruthy();
  return Number(m![1] ?? 0) * 60 + Number(m![2]);
}

/** Waits until the player knows its duration, then seeks and waits until it got there. */
async function expectLoadsAndSeeks(page: Page, selector: "video" | "audio", stated: number) {
  const player = page.locator(`main ${selector}`);
  await player.evaluate((el: HTMLMediaElement) => {
    if (el.readyState >= 1) return;
    return new Promise<void>((resolve, reject) => {
      el.addEventListener("loadedmetadata", () => resolve(), { once: true });
      el.addEventListener("error", () => reject(new Error(`media error ${el.error?.code}`)), { once: true });
      el.load();
    });
  });
  const duration = await player.evaluate((el: HTMLMediaElement) => el.duration);
  expect(Math.abs(duration - stated), `duration ${duration} vs ${stated}`).toBeLessThanOrEqual(1);
  const target = Math.floor(stated / 2) + 0.5;
  const reached = await player.evaluate(
    (el: HTMLMediaElement, to: number) =>
      new Promise<number>((resolve) => {
        el.addEventListener("seeked", () => resolve(el.currentTime), { once: true });
        el.currentTime = to;
      }),
    target,
  );
  expect(Math.abs(reached - target)).toBeLessThan(0.6);
  // Seeking never started playback: nothing plays by itself.
  expect(await player.evaluate((el: HTMLMediaElement) => el.paused)).toBe(true);
}

test("视听中心 → 音频 → an item plays in the browser's own player", async ({ page }) => {
  await page.goto("/video");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("视听中心");
  await expectNoHorizontalScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  const filter = page.getByRole("navigation", { name: "节目类型" });
  await filter.getByRole("link", { name: "音频" }).click();
  await expect(page).toHaveURL(/\/video\/audio$/);
  await expect(filter.getByRole("link", { name: "音频" })).toHaveAttribute("aria-current", "page");
  // The cards: each a link around its poster and title heading.
  const cards = page.locator("main li:has(h2)");
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(cards.filter({ hasText: "▶ 视频" })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  await page.locator("main li a:has(h2)").first().click();
  await expect(page).toHaveURL(/\/video\/\d+$/);
  const audio = page.locator("main audio");
  await expect(audio).toHaveCount(1);
  await expect(audio).not.toHaveAttribute("autoplay", /.*/);
  await expect(audio).toHaveAttribute("preload", "metadata");
  await expect(audio.locator("track")).toHaveAttribute("srclang", "zh-CN");
  await expect(page.getByRole("heading", { name: "相关音频" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  const canPlay = await page.evaluate(() => document.createElement("audio").canPlayType(document.querySelector("main audio")!.getAttribute("src")!.endsWith(".mp3") ? "audio/mpeg" : 'audio/mp4; codecs="mp4a.40.2"'));
  test.skip(canPlay === "", "这个 Chromium 不能播放此音频格式（未带专有编解码器），只检查了页面结构");
  await expectLoadsAndSeeks(page, "audio", await statedSeconds(page));
});

test("a video item: poster, Chinese subtitles, metadata loaded, seeking works, nothing autoplays", async ({ page }) => {
  await page.goto("/video/video");
  await page.locator("main li a:has(h2)").first().click();
  await expect(page).toHaveURL(/\/video\/\d+$/);
  const video = page.locator("main video");
  await expect(video).not.toHaveAttribute("autoplay", /.*/);
  await expect(video).toHaveAttribute("preload", "metadata");
  await expect(video).toHaveAttribute("poster", /^\/media\/.+\.webp$/);
  const track = video.locator("track");
  await expect(track).toHaveAttribute("kind", "subtitles");
  await expect(track).toHaveAttribute("srclang", "zh-CN");
  await expect(track).toHaveAttribute("label", "中文");
  await expect(page.getByText(/^时长 \d+秒$/)).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Search engines get the clip as a VideoObject whose file is the one the player plays.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("VideoObject");
  expect(jsonLd.duration).toMatch(/^PT(\d+M)?\d+S$/);
  const src = await video.evaluate((v: HTMLVideoElement) => v.querySelector("source")?.src ?? v.src);
  expect(jsonLd.contentUrl.split("/media/av/")[1]).toBe(src.split("/media/av/")[1]);

  const canPlay = await page.evaluate(() => document.createElement("video").canPlayType('video/mp4; codecs="avc1.42E01E, mp4a.40.2"'));
  test.skip(canPlay === "", "这个 Chromium 不带 H.264（专有编解码器），无法检查视频的加载和拖动；页面结构已检查");
  await expectLoadsAndSeeks(page, "video", await statedSeconds(page));
  // The subtitles were fetched and parsed: the track has cues in Chinese.
  const cue = await video.evaluate(async (el: HTMLVideoElement) => {
    const t = el.textTracks[0];
    t.mode = "hidden";
    for (let i = 0; i < 50 && !(t.cues && t.cues.length); i++) await new Promise((r) => setTimeout(r, 100));
    return t.cues && t.cues.length ? (t.cues[0] as VTTCue).text : "";
  });
  expect(cue).toMatch(/[\u4e00-\u9fff]/);
});
