// Recognises an uploaded audio/video file by its first bytes, whatever its
// name or declared type says. Pure, for tests.

export type AvContainer = "mp4" | "mp3";

// ISO base media brands of MP4/M4A files. HEIF/AVIF pictures and QuickTime
// files are ISO-like too, but are not what the player can take.
const MP4_BRANDS = new Set([
  "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
  "M4A ", "M4V ", "M4B ", "dash", "mmp4", "MSNV", "NDAS", "f4v ",
]);

export function sniffAvContainer(head: Uint8Array): AvContainer | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 12 && ascii(4, 8) === "ftyp") {
    const boxSize = (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3];
    const brands = [ascii(8, 12)];
    // Compatible brands follow the minor version, up to the end of the box.
    for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.push(ascii(at, at + 4));
    return brands.some((b) => MP4_BRANDS.has(b)) ? "mp4" : null;
  }
  if (head.length >= 3 && ascii(0, 3) === "ID3") return "mp3";
  return isMp3FrameHeader(head) ? "mp3" : null;
}

// An MPEG audio frame header: 11 sync bits, a known version, Layer III, a
// real bitrate and sample rate. Plain text or an image fails one of these.
function isMp3FrameHeader(b: Uint8Array): boolean {
  if (b.length < 4 || b[0] !== 0xff || (b[1] & 0xe0) !== 0xe0) return false;
  const version = (b[1] >> 3) & 0b11;
  const layer = (b[1] >> 1) & 0b11;
  const bitrate = b[2] >> 4;
  const sampleRate = (b[2] >> 2) & 0b11;
  return version !== 0b01 && layer === 0b01 && bitrate !== 0 && bitrate !== 0b1111 && sampleRate !== 0b11;
}
