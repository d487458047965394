import { readFile, stat } from "node:fs/promises";
import { storedVariantFile } from "@/lib/media/store-image";

// Serves stored image variants from MEDIA_DIR. Files are written once under a
// key and never change, so they are cached for a year. Anything that is not a
// well-formed variant name is a 404 before the file system is touched.
const CONTENT_TYPES: Record<string, string> = {
  webp: "image/webp",
  avif: "image/avif",
  jpg: "image/jpeg",
  png: "image/png",
};

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const name = path.join("/");
  const variant = storedVariantFile(name);
  if (!variant) return notFound();
  const { file, format } = variant;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound();
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Length": String(body.length),
        "Cache-Control": "public, max-age=31536000, immutable",
        "Last-Modified": info.mtime.toUTCString(),
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return new Response("图片不存在", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
