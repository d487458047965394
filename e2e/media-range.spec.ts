import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";

// 视听中心 over plain HTTP: the files are served with byte ranges as players
// ask for them, and the bytes are the stored file's; the list URLs follow
// the /news rules.

const DEMO_DIR = path.join(__dirname, "..", "demo", "media");

// Next 16.4 drops Content-Length from every route handler's response
// (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and sends the
// body chunked; the handler sets it anyway. Where it arrives it must be right.
function expectLengthIfSent(headers: Record<string, string>, expected: number, what: string) {
  if (headers["content-length"] !== undefined) expect(Number(headers["content-length"]), what).toBe(expected);
}

/** The file URLs of the feed's enclosures, by type. */
async function enclosures(request: APIRequestContext) {
  const response = await request.get("/video/rss.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  return [...xml.matchAll(/<enclosure url="([^"]+)" length="(\d+)" type="([^"]+)"\/>/g)].map((m) => ({
    path: new URL(m[1]).pathname,
    length: Number(m[2]),
    type: m[3],
  }));
}

test.describe("audio and video files", () => {
  let video: { path: string; length: number; type: string };
  let file: Buffer;

  test.beforeAll(async ({ request }) => {
    const found = (await enclosures(request)).find((e) => e.type === "video/mp4");
    expect(found, "订阅源里应有视频附件").toBeTruthy();
    video = found!;
    const full = await request.get(video.path);
    expect(full.status()).toBe(200);
    file = await full.body();
    // What the server sends is one of the demo clips, byte for byte.
    const clips = readdirSync(DEMO_DIR).filter((n) => n.endsWith(".mp4")).map((n) => readFileSync(path.join(DEMO_DIR, n)));
    expect(clips.some((c) => c.equals(file))).toBe(true);
    expect(file.length).toBe(video.length);
  });

  test("HEAD answers the headers of the whole file, without a body", async ({ request }) => {
    const response = await request.head(video.path);
    expect(response.status()).toBe(200);
    const h = response.headers();
    expect(h["accept-ranges"]).toBe("bytes");
    expect(h["content-type"]).toBe("video/mp4");
    expectLengthIfSent(h, file.length, "HEAD");
    expect(h.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(h["last-modified"]).toBeTruthy();
    expect(h["cache-control"]).toContain("max-age=31536000");
    expect((await response.body()).length).toBe(0);
  });

  test("one range is a 206 with exactly those bytes", async ({ request }) => {
    const size = file.length;
    const cases = [
      { range: "bytes=0-99", start: 0, end: 99 },
      { range: "bytes=1000-", start: 1000, end: size - 1 },
      { range: "bytes=-500", start: size - 500, end: size - 1 },
      { range: `bytes=${size - 10}-${size + 1000}`, start: size - 10, end: size - 1 },
    ];
    for (const c of cases) {
      const response = await request.get(video.path, { headers: { Range: c.range } });
      expect(response.status(), c.range).toBe(206);
      expect(response.headers()["content-range"], c.range).toBe(`bytes ${c.start}-${c.end}/${size}`);
      expectLengthIfSent(response.headers(), c.end - c.start + 1, c.range);
      expect((await response.body()).equals(file.subarray(c.start, c.end + 1)), c.range).toBe(true);
    }
    const head = await request.head(video.path, { headers: { Range: "bytes=0-9" } });
    expect(head.status()).toBe(206);
    expect(head.headers()["content-range"]).toBe(`bytes 0-9/${file.length}`);
    expectLengthIfSent(head.headers(), 10, "HEAD bytes=0-9");
  });

  test("a range past the end is a 416 naming the size; several ranges get the whole file", async ({ request }) => {
    const past = await request.get(video.path, { headers: { Range: `bytes=${file.length}-` } });
    expect(past.status()).toBe(416);
    expect(past.headers()["content-range"]).toBe(`bytes */${file.length}`);
    const several = await request.get(video.path, { headers: { Range: "bytes=0-9,20-29" } });
    expect(several.status()).toBe(200);
    expect((await several.body()).equals(file)).toBe(true);
  });

  test("a current copy is a 304, and a stale If-Range gets the whole file", async ({ request }) => {
    const etag = (await request.head(video.path)).headers().etag;
    const fresh = await request.get(video.path, { headers: { "If-None-Match": etag } });
    expect(fresh.status()).toBe(304);
    const stale = await request.get(video.path, { headers: { Range: "bytes=0-9", "If-Range": '"0-0"' } });
    expect(stale.status()).toBe(200);
  });

  test("subtitles are text/vtt; audio has its own type", async ({ request }) => {
    const types = new Set((await enclosures(request)).map((e) => e.type));
    expect(types.has("audio/mp4") || types.has("audio/mpeg")).toBe(true);
    const itemPage = await (await request.get("/video/video")).text();
    const itemPath = /href="(\/video\/\d+)"/.exec(itemPage)?.[1];
    const html = await (await request.get(itemPath!)).text();
    const vtt = /<track[^>]+src="(\/media\/av\/[^"]+\.vtt)"/.exec(html)?.[1];
    expect(vtt).toBeTruthy();
    const response = await request.get(vtt!);
    expect(response.headers()["content-type"]).toBe("text/vtt; charset=utf-8");
    expect(await response.text()).toMatch(/^WEBVTT/);
  });

  for (const bad of ["/media/av/..%2F..%2Fportal.db", "/media/av/%2E%2E%2Fx.mp4", "/media/av/nothing-here.mp4", "/media/av/x.exe", "/media/av/UPPER.mp4"]) {
    test(`404 for ${bad}`, async ({ request }) => {
      const response = await request.get(bad);
      expect(response.status()).toBe(404);
    });
  }
});

test("the newsroom's upload endpoints refuse callers who are not signed in", async ({ request }) => {
  for (const part of ["file", "subtitles"]) {
    const response = await request.post(`/newsroom/api/media-items/1/${part}`, { data: Buffer.from("WEBVTT\n") });
    expect(response.status(), part).toBe(401);
    expect((await response.json()).error).toBe("请先登录编辑部");
  }
});

test.describe("视听中心 URLs", () => {
  test("page 1 has one URL, for every filter", async ({ request }) => {
    for (const [from, to] of [
      ["/video/page/1", /\/video$/],
      ["/video/audio/page/1", /\/video\/audio$/],
      ["/video/video/page/1", /\/video\/video$/],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toMatch(to);
    }
  });

  for (const url of ["/video/page/999", "/video/audio/page/0", "/video/video/page/abc", "/video/0", "/video/abc", "/video/99999999", "/video/1.5", "/video/rss"]) {
    test(`404 for ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("页面不存在");
    });
  }

  test("lists are served from the cache and the sitemap names them", async ({ request }) => {
    await request.get("/video/audio");
    const response = await request.get("/video/audio");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
    const sitemap = await (await request.get("/sitemap/0.xml")).text();
    expect(sitemap).toContain("/video/audio</loc>");
    expect(sitemap).toMatch(/\/video\/\d+<\/loc>/);
  });
});
