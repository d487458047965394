import "server-only";
import { db } from "@/lib/db/client";
import type { ViewKind } from "@/lib/views/view-kinds";
import { STATUS } from "@/lib/content/status";

/** Job posts keep no all-time counter: their views live in the hourly rows only. */
export type ViewIncrement = { kind: Exclude<ViewKind, "job">; id: number; count: number };

/**
 * Adds counted views in one transaction. Only published items are counted: a
 * withdrawn article's page is gone, and a forged beacon for a draft changes
 * nothing. Increments are relative, so several server processes can each add
 * their own batches without losing the others'.
 */
export async function addViews(increments: ViewIncrement[]): Promise<void> {
  if (increments.length === 0) return;
  await db.$transaction(
    increments.map(({ kind, id, count }) => {
      const args = { where: { id, status: STATUS.published }, data: { viewCount: { increment: count } } };
      if (kind === "article") return db.article.updateMany(args);
      if (kind === "photos") return db.photoSet.updateMany(args);
      return db.mediaItem.updateMany(args);
    }),
  );
}
