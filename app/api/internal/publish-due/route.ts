import { after } from "next/server";
import { revalidatePublicTags } from "@/lib/actions/newsroom-action";
import { runHousekeepingIfDue } from "@/lib/maintenance/housekeeping";
import { publishDueArticles } from "@/lib/newsroom/articles/change-status";
import { isSchedulerRequest } from "@/lib/newsroom/scheduler-token";
import { jsonNoStore } from "@/lib/http/json-response";

// Publishes scheduled articles whose time has come. Called every few seconds
// by the scheduler in instrumentation.ts; several instances may call it at
// once (each article is claimed by a conditional update).
export async function POST(request: Request) {
  if (!isSchedulerRequest(request)) return new Response("无权访问", { status: 403 });
  const { published, revalidate } = await publishDueArticles();
  revalidatePublicTags(revalidate);
  // Pruning old sign-in attempts and orphaned pictures, hourly, after the answer.
  after(() => runHousekeepingIfDue());
  return jsonNoStore({ published });
}
