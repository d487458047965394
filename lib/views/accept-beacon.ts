import "server-only";
import { isbot } from "isbot";
import { env } from "@/lib/env";
import { beaconSchema } from "@/lib/validation/view-beacon";
import { classifyDevice } from "./device-class";
import { classifyReferrer } from "./referrer-class";
import { countEngagement, countView } from "./view-buffer";

/** A beacon's body may be no larger than this (a real one is under 200 bytes). */
export const MAX_BEACON_BYTES = 1024;

/** SITE_URL's host, worked out once: the environment is read at start, and thousands of beacons a second ask. */
const configuredSiteHost = env.SITE_URL ? new URL(env.SITE_URL).hostname : null;

export type BeaconRequest = {
  /** The body as received; null when it was larger than MAX_BEACON_BYTES. */
  body: string | null;
  userAgent: string;
  /** The Host the reader asked for (what the edge passes on), port included or not. */
  host: string;
  /** The reader's address as the start wrapper worked it out. */
  address: string;
};

export type BeaconAnswer = { status: 204 | 400 | 413; message?: string };

/**
 * What a view beacon does, wherever it arrives: the route handler
 * (app/api/views/route.ts) and the start wrapper's fast path
 * (scripts/serve.mjs, which answers beacons without Next's routing) both
 * call this, so they count alike and answer alike.
 */
export async function acceptBeacon(request: BeaconRequest): Promise<BeaconAnswer> {
  if (request.body === null) return { status: 413, message: "请求过大" };
  const parsed = beaconSchema.safeParse(parseJson(request.body));
  if (!parsed.success) return { status: 400, message: "参数无效" };

  // Crawlers and headless browsers are not readers.
  if (!request.userAgent || isbot(request.userAgent)) return { status: 204 };

  const beacon = parsed.data;
  if ("seconds" in beacon) {
    countEngagement({ kind: beacon.kind, id: beacon.id, depthFrom: beacon.depthFrom, depthTo: beacon.depth, seconds: beacon.seconds });
    return { status: 204 };
  }
  // The site's own hosts: SITE_URL's when set, and the one the reader asked for.
  const siteHosts = [request.host.split(":")[0], ...(configuredSiteHost ? [configuredSiteHost] : [])];
  try {
    await countView({
      kind: beacon.kind,
      id: beacon.id,
      address: request.address,
      userAgent: request.userAgent,
      referrer: classifyReferrer({ referrer: beacon.ref ?? "", from: beacon.from ?? "", userAgent: request.userAgent, siteHosts }),
      device: classifyDevice(request.userAgent, beacon.touch === 1),
      app: beacon.app === 1,
    });
  } catch (error) {
    // A counter that cannot count (its store is away) must not cost the reader anything.
    console.error("[views] 计数失败:", error instanceof Error ? error.message : error);
  }
  return { status: 204 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
