import "server-only";
import { readCapped } from "@/lib/http/read-capped";
import { writeFile } from "node:fs/promises";
import { avFilePath } from "./av-files";
import { newAvFileName } from "./receive-upload";

export const MAX_SUBTITLES_BYTES = 512 * 1024;

export const SUBTITLE_ERRORS = {
  empty: "字幕文件为空",
  tooLarge: "字幕文件不能超过512KB",
  notUtf8: "字幕文件须为 UTF-8 编码",
  notVtt: "不是 WebVTT 字幕：文件须以 WEBVTT 开头",
  noCues: "字幕文件里没有任何字幕（时间行如 00:00:01.000 --> 00:00:03.000）",
} as const;

export type SubtitlesResult = { ok: true; fileName: string } | { ok: false; error: string };

/** Checks a WebVTT file (header, UTF-8, at least one cue). Pure. */
export function checkWebVtt(data: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (data.length === 0) return { ok: false, error: SUBTITLE_ERRORS.empty };
  if (data.length > MAX_SUBTITLES_BYTES) return { ok: false, error: SUBTITLE_ERRORS.tooLarge };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return { ok: false, error: SUBTITLE_ERRORS.notUtf8 };
  }
  // The WebVTT signature: "WEBVTT" alone on the first line or followed by a space or tab.
  if (!/^WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/.test(text)) return { ok: false, error: SUBTITLE_ERRORS.notVtt };
  if (!/(?:^|\n)(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}/.test(text)) {
    return { ok: false, error: SUBTITLE_ERRORS.noCues };
  }
  return { ok: true, text };
}

/**
 * Reads an uploaded .vtt from a request body (small: it is read whole, but
 * reading stops past the limit), checks it and stores it under a new name.
 */
export async function processSubtitlesUpload(body: ReadableStream<Uint8Array> | null): Promise<SubtitlesResult> {
  const bytes = await readCapped(body, MAX_SUBTITLES_BYTES);
  if (!bytes) return { ok: false, error: SUBTITLE_ERRORS.tooLarge };
  const checked = checkWebVtt(bytes);
  if (!checked.ok) return checked;
  const fileName = newAvFileName("vtt");
  // The decoder has dropped any BOM; what is stored is the text that was checked.
  await writeFile(avFilePath(fileName), checked.text, "utf8");
  return { ok: true, fileName };
}
