import { getCurrentActor } from "@/lib/auth/current-actor";
import { readershipScope } from "@/lib/auth/permissions";
import { findLiveReadership } from "@/lib/data/stats/get-live-readership";

// 实时 for /newsroom/stats, polled every ~10 s by the page. Checks the
// session itself and reads only what the caller's scope covers.
export async function GET() {
  const scope = readershipScope(await getCurrentActor());
  if (!scope) return Response.json({ error: "请先登录编辑部" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(await findLiveReadership(scope), { headers: { "Cache-Control": "no-store" } });
}
