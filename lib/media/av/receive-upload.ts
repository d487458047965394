import "server-only";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { avDir } from "./av-files";

export class UploadTooLargeError extends Error {
  constructor() {
    super("upload too large");
    this.name = "UploadTooLargeError";
  }
}

/**
 * Streams a request body into a temporary file under MEDIA_DIR/av, stopping
 * as soon as it passes `maxBytes` (the file is removed then). Never holds
 * more than one chunk in memory. Returns the temporary path and the size;
 * the caller renames or removes the file.
 */
export async function receiveToTempFile(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<{ tempPath: string; size: number }> {
  await mkdir(avDir(), { recursive: true });
  const tempPath = path.join(avDir(), `.upload-${randomBytes(8).toString("hex")}.part`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) done(new UploadTooLargeError());
      else done(null, chunk);
    },
  });
  try {
    const source = body ? Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>) : Readable.from([]);
    await pipeline(source, limit, createWriteStream(tempPath, { mode: 0o644 }));
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  return { tempPath, size };
}

/** A fresh, unguessable stored name: replacing a file never reuses a URL that browsers cache for a year. */
export function newAvFileName(extension: "mp4" | "m4a" | "mp3" | "vtt"): string {
  return `${randomBytes(10).toString("hex")}.${extension}`;
}
