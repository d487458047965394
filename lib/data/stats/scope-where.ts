import "server-only";
import type { ReadershipScope } from "@/lib/auth/permissions";

/** The scope as a Prisma filter on the rows' copied sectionId/authorId/kind (ViewHour, ViewDay, ViewReferrerDay). */
export function scopeWhere(scope: ReadershipScope) {
  if (scope.all) return {};
  const or: object[] = [{ authorId: scope.authorId }];
  if (scope.sectionIds.length) or.push({ kind: { not: "job" }, sectionId: { in: scope.sectionIds } });
  if (scope.jobs) or.push({ kind: "job" });
  return { OR: or };
}
