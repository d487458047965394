// HTTP range requests (RFC 9110 §14) for the audio and video files. Pure, so
// the rules are tested without a server.
//
// Browsers seek in <video>/<audio> by asking for `bytes=a-` or `bytes=a-b`;
// Safari will not play a file whose server ignores ranges. One range is
// answered with 206; several (`bytes=0-1,5-9`, which no player sends) get the
// whole file with 200, which the RFC allows, rather than a multipart body.

export type ByteRange = { start: number; end: number };

export type RangeDecision =
  /** No usable Range header (absent, not bytes, malformed, several ranges): send the whole file. */
  | { kind: "full" }
  | { kind: "partial"; range: ByteRange }
  /** 416, with `Content-Range: bytes *\/size`. */
  | { kind: "unsatisfiable" };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

export function decideRange(header: string | null, size: number): RangeDecision {
  if (!header) return { kind: "full" };
  const value = header.trim().replace(/\s+/g, "");
  if (value.includes(",")) return { kind: "full" };
  const match = SINGLE.exec(value);
  // A header we cannot read is ignored, as the RFC says, not refused.
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "full" };
  const [, first, last] = match;

  if (first === "") {
    // bytes=-n: the last n bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return { kind: "unsatisfiable" };
  // A last position past the end means "to the end" (RFC 9110 §14.1.2).
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (Number(last) < start && last !== "") return { kind: "full" };
  return { kind: "partial", range: { start, end } };
}

export function contentRange(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}
