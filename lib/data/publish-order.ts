/** Newest first, and by id within the same second: every public list's order. */
export const NEWEST_FIRST = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

// 上一篇/下一篇 and 上一组/下一组: the item published just before an anchor and
// the one just after. Items published in the same second are ordered by id,
// so a chain of neighbours never skips or repeats one.

export function publishOrderNeighbours(id: number, publishedAt: string) {
  const at = new Date(publishedAt);
  return {
    before: {
      where: { OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: id } }] },
      orderBy: NEWEST_FIRST,
    },
    after: {
      where: { OR: [{ publishedAt: { gt: at } }, { publishedAt: at, id: { gt: id } }] },
      orderBy: [{ publishedAt: "asc" as const }, { id: "asc" as const }],
    },
  };
}
