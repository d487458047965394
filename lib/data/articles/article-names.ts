import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Turns byline names, tags and the source into row ids, creating names on
 * first use. An empty source means the site's own work (null).
 */
export async function resolveNames(tx: Tx, names: { source: string; reporters: string[]; tags: string[] }) {
  const source = names.source
    ? await tx.source.upsert({ where: { name: names.source }, create: { name: names.source }, update: {}, select: { id: true } })
    : null;
  const reporterIds: number[] = [];
  for (const name of dedupe(names.reporters)) {
    reporterIds.push((await tx.reporter.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id);
  }
  const tagIds: number[] = [];
  for (const name of dedupe(names.tags)) {
    tagIds.push((await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } })).id);
  }
  return {
    sourceId: source?.id ?? null,
    reporters: { create: reporterIds.map((reporterId, position) => ({ reporterId, position })) },
    tags: { create: tagIds.map((tagId) => ({ tagId })) },
  };
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}
