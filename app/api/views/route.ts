import { isbot } from "isbot";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { readCapped } from "@/lib/http/read-capped";
import { beaconSchema } from "@/lib/validation/view-beacon";
import { classifyDevice } from "@/lib/views/device-class";
import { classifyReferrer } from "@/lib/views/referrer-class";
import { countEngagement, countView } from "@/lib/views/view-buffer";

// The view beacon of the readers' pages. The pages themselves stay cached;
// only this small POST reaches the server: once when a page is read, and
// when it is hidden again with how far and how long it was read.
const MAX_BODY_BYTES = 1024;

export async function POST(request: Request) {
  const body = await readCapped(request.body, MAX_BODY_BYTES);
  if (!body) return new Response("请求过大", { status: 413 });
  const parsed = beaconSchema.safeParse(parseJson(body.toString("utf8")));
  if (!parsed.success) return new Response("参数无效", { status: 400 });

  // Crawlers and headless browsers are not readers.
  const userAgent = request.headers.get("user-agent") ?? "";
  if (!userAgent || isbot(userAgent)) return new Response(null, { status: 204 });

  const beacon = parsed.data;
  if ("seconds" in beacon) {
    countEngagement({ kind: beacon.kind, id: beacon.id, depthFrom: beacon.depthFrom, depthTo: beacon.depth, seconds: beacon.seconds });
    return new Response(null, { status: 204 });
  }
  // The site's own hosts: SITE_URL's when set, and the one the reader asked for (what the edge passes on).
  const siteHosts = [(request.headers.get("host") ?? "").split(":")[0], ...(env.SITE_URL ? [new URL(env.SITE_URL).hostname] : [])];
  try {
    await countView({
      kind: beacon.kind,
      id: beacon.id,
      address: clientIp(request.headers),
      userAgent,
      referrer: classifyReferrer({ referrer: beacon.ref ?? "", from: beacon.from ?? "", userAgent, siteHosts }),
      device: classifyDevice(userAgent, beacon.touch === 1),
      app: beacon.app === 1,
    });
  } catch (error) {
    // A counter that cannot count (its store is away) must not cost the reader anything.
    console.error("[views] 计数失败:", error instanceof Error ? error.message : error);
  }
  return new Response(null, { status: 204 });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
