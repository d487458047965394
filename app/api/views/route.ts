import { clientIp } from "@/lib/auth/client-ip";
import { readCapped } from "@/lib/http/read-capped";
import { acceptBeacon, MAX_BEACON_BYTES } from "@/lib/views/accept-beacon";

// The view beacon of the readers' pages. The pages themselves stay cached;
// only this small POST reaches the server: once when a page is read, and
// when it is hidden again with how far and how long it was read.
// Served by `npm start`, beacons are answered before they reach this route
// (scripts/serve.mjs, lib/http/beacon-hook.mjs); this is the way under
// `next dev` and the one the fast path falls back to.
export async function POST(request: Request) {
  const body = await readCapped(request.body, MAX_BEACON_BYTES);
  const answer = await acceptBeacon({
    body: body && body.toString("utf8"),
    userAgent: request.headers.get("user-agent") ?? "",
    host: request.headers.get("host") ?? "",
    address: clientIp(request.headers),
  });
  return new Response(answer.message ?? null, { status: answer.status });
}
