import { readFile } from "node:fs/promises";
import path from "node:path";

// The service worker of the running build: `serwist build` writes it into the
// build folder (serwist.config.mjs), which differs between the site, the e2e
// suite and the benchmark, so it is read from there rather than from public/.
export const dynamic = "force-dynamic";

export async function GET() {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "serwist", "sw.js");
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        "Content-Type": "text/javascript; charset=utf-8",
        // Browsers check for a new worker on every visit; never serve a stale copy.
        "Cache-Control": "no-cache, no-store, must-revalidate",
        "Service-Worker-Allowed": "/",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("// 尚未构建 service worker（npm run build）\n", {
      status: 404,
      headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
