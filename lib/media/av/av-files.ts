import "server-only";
import path from "node:path";
import { env } from "@/lib/env";

// Where the audio and video files, and their subtitles, live: MEDIA_DIR/av/.
// Names are made by the server (a random key and an extension), so anything
// else in a URL is refused before the file system is touched.

export const AV_FOLDER = "av";
export const AV_FILE_NAME = /^[a-z0-9][a-z0-9-]{0,80}\.(mp4|m4a|mp3|vtt)$/;

export const AV_CONTENT_TYPES: Record<string, string> = {
  mp4: "video/mp4",
  m4a: "audio/mp4",
  mp3: "audio/mpeg",
  vtt: "text/vtt; charset=utf-8",
};

export function isAvFileName(name: string): boolean {
  return AV_FILE_NAME.test(name);
}

export function avDir(): string {
  return path.resolve(env.MEDIA_DIR, AV_FOLDER);
}

/** The file's path; throws for a name the server would never have made. */
export function avFilePath(name: string): string {
  if (!isAvFileName(name)) throw new Error(`音视频文件名无效: ${name}`);
  return path.join(avDir(), name);
}

export function avContentType(name: string): string {
  return AV_CONTENT_TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}
