import { serveAvFile } from "@/lib/media/av/serve-av-file";

// Audio, video and subtitle files from MEDIA_DIR/av/, with byte ranges for
// seeking. More specific than app/media/[...path] (pictures), so it wins.
type Context = { params: Promise<{ name: string }> };

export async function GET(request: Request, { params }: Context) {
  return serveAvFile(request, (await params).name, "GET");
}

export async function HEAD(request: Request, { params }: Context) {
  return serveAvFile(request, (await params).name, "HEAD");
}
