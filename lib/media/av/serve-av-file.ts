import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { avContentType, avFilePath, isAvFileName } from "./av-files";
import { contentRange, decideRange } from "./range";

/**
 * Answers a GET or HEAD for one stored audio/video/subtitle file: 200 with
 * the whole file, 206 for one byte range, 416 for a range past the end, 304
 * when the browser's copy is current. The body is streamed from disk, never
 * read into memory. Names are checked against the pattern the server itself
 * makes, so "..", slashes and encoded tricks never reach the file system.
 */
export async function serveAvFile(request: Request, name: string, method: "GET" | "HEAD"): Promise<Response> {
  if (!isAvFileName(name)) return notFound();
  const file = avFilePath(name);
  let size: number;
  let mtime: Date;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound();
    size = info.size;
    mtime = info.mtime;
  } catch {
    return notFound();
  }

  // Stored files are never rewritten (a replacement gets a new name), so the
  // size and time make a strong validator and the copy may be kept a year.
  const etag = `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`;
  const headers = new Headers({
    "Content-Type": avContentType(name),
    "Accept-Ranges": "bytes",
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "Last-Modified": mtime.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  });

  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }

  // If-Range: the range holds only while the browser's copy is this file.
  const ifRange = request.headers.get("if-range");
  const rangeHeader = ifRange && ifRange !== etag && ifRange !== headers.get("Last-Modified") ? null : request.headers.get("range");
  const decision = decideRange(rangeHeader, size);

  if (decision.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    headers.set("Content-Length", "0");
    return new Response(null, { status: 416, headers });
  }
  const range = decision.kind === "partial" ? decision.range : { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : range.end - range.start + 1;
  // Next 16.4 removes Content-Length from route handlers' responses and
  // sends them chunked (next/dist/server/send-response.js); set anyway, for
  // when it passes it on. Players need only Content-Range, which it keeps.
  headers.set("Content-Length", String(length));
  if (decision.kind === "partial") headers.set("Content-Range", contentRange(range, size));
  const status = decision.kind === "partial" ? 206 : 200;

  if (method === "HEAD" || length === 0) return new Response(null, { status, headers });
  // Readable.toWeb destroys the file stream when the browser cancels (a
  // seek abandons the previous request), so no descriptor is left open.
  const stream = Readable.toWeb(createReadStream(file, { start: range.start, end: range.end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

function notFound() {
  return new Response("文件不存在", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
