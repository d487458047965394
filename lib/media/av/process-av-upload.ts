import "server-only";
import { open, rename, rm } from "node:fs/promises";
import { parseFile } from "music-metadata";
import { env } from "@/lib/env";
import type { MediaKind } from "@/lib/view-types";
import { avFilePath } from "./av-files";
import { newAvFileName, receiveToTempFile, UploadTooLargeError } from "./receive-upload";
import { sniffAvContainer } from "./sniff-av";

export const maxAvUploadBytes = () => env.AV_MAX_UPLOAD_MB * 1024 * 1024;

export const AV_UPLOAD_ERRORS = {
  empty: "文件为空",
  tooLarge: (mb: number) => `文件不能超过${mb}MB`,
  notMedia: "不是可用的音视频文件：视频请上传 MP4（H.264/AAC），音频请上传 M4A（AAC）或 MP3",
  notVideo: "这个文件没有视频画面，请把类型改为“音频”，或上传 MP4 视频",
  notH264: "视频须为 H.264 编码的 MP4，请转码后再上传",
  notAudio: "这个文件含有视频画面，请把类型改为“视频”",
  corrupt: "文件已损坏或不完整，无法读取时长",
} as const;

export type StoredAvFile = { fileName: string; mimeType: string; fileSize: number; durationSeconds: number };
export type AvUploadResult = { ok: true; file: StoredAvFile } | { ok: false; error: string };

/**
 * Takes an uploaded audio or video file from a request body: streamed to
 * disk with a size limit, recognised by its content (MP4/M4A `ftyp` box,
 * MP3 ID3 tag or frame sync; the name is ignored), checked against the
 * item's kind, its duration read from the file (music-metadata). The file
 * is kept only when all of that passes; problems with the file come back as
 * `{ ok: false, error }` in Chinese, disk failures still throw.
 */
export async function processAvUpload(
  body: ReadableStream<Uint8Array> | null,
  kind: MediaKind,
  maxBytes = maxAvUploadBytes(),
): Promise<AvUploadResult> {
  let received: { tempPath: string; size: number };
  try {
    received = await receiveToTempFile(body, maxBytes);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return { ok: false, error: AV_UPLOAD_ERRORS.tooLarge(Math.floor(maxBytes / 1024 / 1024)) };
    throw error;
  }
  const { tempPath, size } = received;
  const fail = async (error: string): Promise<AvUploadResult> => {
    await rm(tempPath, { force: true });
    return { ok: false, error };
  };
  if (size === 0) return fail(AV_UPLOAD_ERRORS.empty);

  const container = sniffAvContainer(await readHead(tempPath, 64));
  if (!container) return fail(AV_UPLOAD_ERRORS.notMedia);

  let format: Awaited<ReturnType<typeof parseFile>>["format"];
  try {
    format = (await parseFile(tempPath, { duration: true, skipCovers: true })).format;
  } catch {
    return fail(AV_UPLOAD_ERRORS.corrupt);
  }
  const duration = format.duration;
  if (!duration || !Number.isFinite(duration) || duration <= 0) return fail(AV_UPLOAD_ERRORS.corrupt);

  let extension: "mp4" | "m4a" | "mp3";
  let mimeType: string;
  if (kind === "video") {
    if (container !== "mp4" || !format.hasVideo) return fail(AV_UPLOAD_ERRORS.notVideo);
    const h264 = (format.trackInfo ?? []).some((t) => /avc/i.test(t.codecName ?? ""));
    if (!h264) return fail(AV_UPLOAD_ERRORS.notH264);
    [extension, mimeType] = ["mp4", "video/mp4"];
  } else {
    if (format.hasVideo) return fail(AV_UPLOAD_ERRORS.notAudio);
    if (!format.hasAudio) return fail(AV_UPLOAD_ERRORS.notMedia);
    [extension, mimeType] = container === "mp4" ? ["m4a", "audio/mp4"] : ["mp3", "audio/mpeg"];
  }

  const fileName = newAvFileName(extension);
  await rename(tempPath, avFilePath(fileName));
  return { ok: true, file: { fileName, mimeType, fileSize: size, durationSeconds: Math.max(1, Math.round(duration)) } };
}

async function readHead(file: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
