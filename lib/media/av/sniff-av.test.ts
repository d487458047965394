import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkWebVtt, SUBTITLE_ERRORS } from "./process-subtitles";
import { sniffAvContainer } from "./sniff-av";

const demo = (name: string) => readFileSync(path.join(__dirname, "..", "..", "..", "demo", "media", name));
const bytes = (...values: number[]) => Uint8Array.from(values);

describe("sniffAvContainer", () => {
  it("recognises the demo MP4, M4A and MP3 by their content", () => {
    expect(sniffAvContainer(demo("demo-bars.mp4").subarray(0, 64))).toBe("mp4");
    expect(sniffAvContainer(demo("demo-chord.m4a").subarray(0, 64))).toBe("mp4");
    expect(sniffAvContainer(demo("demo-tones.mp3").subarray(0, 64))).toBe("mp3");
  });

  it("takes an MP3 without ID3 tag by its frame header", () => {
    expect(sniffAvContainer(bytes(0xff, 0xfb, 0x90, 0x64))).toBe("mp3"); // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz
    expect(sniffAvContainer(bytes(0xff, 0xfb, 0xf0, 0x64))).toBeNull(); // bitrate index 15: not a frame
    expect(sniffAvContainer(bytes(0xff, 0xfd, 0x90, 0x64))).toBeNull(); // Layer II
  });

  it("refuses pictures, HEIF, text and empty files", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    const heic = Buffer.concat([bytes(0, 0, 0, 24), Buffer.from("ftypheic\0\0\0\0mif1heic")]);
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
    expect(sniffAvContainer(png)).toBeNull();
    expect(sniffAvContainer(heic)).toBeNull();
    expect(sniffAvContainer(jpeg)).toBeNull();
    expect(sniffAvContainer(Buffer.from("<html>not a video</html>"))).toBeNull();
    expect(sniffAvContainer(new Uint8Array())).toBeNull();
  });
});

describe("checkWebVtt", () => {
  const vtt = (text: string) => new TextEncoder().encode(text);

  it("accepts the demo subtitles, with or without a BOM", () => {
    expect(checkWebVtt(demo("demo-bars.vtt")).ok).toBe(true);
    expect(checkWebVtt(Buffer.concat([bytes(0xef, 0xbb, 0xbf), demo("demo-bars.vtt")])).ok).toBe(true);
    expect(checkWebVtt(vtt("WEBVTT - 字幕\r\n\r\n00:01.000 --> 00:02.000\r\n你好\r\n")).ok).toBe(true);
  });

  it("refuses files that are not WebVTT, with a Chinese message", () => {
    expect(checkWebVtt(vtt("1\n00:00:01,000 --> 00:00:02,000\n你好\n"))).toEqual({ ok: false, error: SUBTITLE_ERRORS.notVtt }); // SRT
    expect(checkWebVtt(vtt("WEBVTTX\n\n00:01.000 --> 00:02.000\n你好"))).toEqual({ ok: false, error: SUBTITLE_ERRORS.notVtt });
    expect(checkWebVtt(vtt("WEBVTT\n\n只有文字，没有时间行"))).toEqual({ ok: false, error: SUBTITLE_ERRORS.noCues });
    expect(checkWebVtt(bytes(0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xc3, 0x28))).toEqual({ ok: false, error: SUBTITLE_ERRORS.notUtf8 });
    expect(checkWebVtt(new Uint8Array())).toEqual({ ok: false, error: SUBTITLE_ERRORS.empty });
    expect(checkWebVtt(new Uint8Array(600 * 1024))).toEqual({ ok: false, error: SUBTITLE_ERRORS.tooLarge });
  });
});
