import "server-only";
import { pruneLoginAttempts } from "@/lib/auth/login-throttle";
import { pruneOrphanImages } from "./prune-orphan-images";

// Rides on the scheduler's tick (app/api/internal/publish-due), which every
// instance already makes every few seconds, but does its work at most once
// an hour per process. Both prunes are idempotent, so instances running them
// at the same time do no harm.
const EVERY_MS = 60 * 60_000;
let lastRun = 0;

export async function runHousekeepingIfDue(now = Date.now()) {
  if (now - lastRun < EVERY_MS) return null;
  lastRun = now;
  try {
    const [attempts, images] = await Promise.all([pruneLoginAttempts(now), pruneOrphanImages(now)]);
    if (attempts || images) console.log(`[housekeeping] 清理登录记录 ${attempts} 条，未使用的图片 ${images} 张`);
    return { attempts, images };
  } catch (error) {
    console.error("[housekeeping]", error);
    return null;
  }
}
