import { isbot } from "isbot";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { readCapped } from "@/lib/http/read-capped";
import { countView } from "@/lib/views/view-buffer";
import { VIEW_KINDS } from "@/lib/views/view-kinds";

// The view beacon of the readers' pages. The pages themselves stay cached;
// only this small POST reaches the server per view.
const MAX_BODY_BYTES = 200;
const beaconSchema = z.object({
  kind: z.enum(VIEW_KINDS),
  id: z.number().int().positive().max(2_147_483_647),
});

export async function POST(request: Request) {
  const body = await readCapped(request.body, MAX_BODY_BYTES);
  if (!body) return new Response("请求过大", { status: 413 });
  const parsed = beaconSchema.safeParse(parseJson(body.toString("utf8")));
  if (!parsed.success) return new Response("参数无效", { status: 400 });

  // Crawlers and headless browsers are not readers.
  const userAgent = request.headers.get("user-agent") ?? "";
  if (!userAgent || isbot(userAgent)) return new Response(null, { status: 204 });

  countView(parsed.data.kind, parsed.data.id, clientIp(request.headers) + "|" + userAgent);
  return new Response(null, { status: 204 });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
