import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type RevisionContent = {
  title: string;
  subtitle: string;
  summary: string;
  bodyHtml: string;
  sectionId: number;
  source: string;
  dateline: string;
  reporters: string[];
  tags: string[];
  coverImageId: number | null;
};

/** Keeps a copy of a state of the article, so nothing saved is ever lost. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  revision: RevisionContent & { articleId: number; version: number; status: string; note: string; authorId: number | null },
) {
  const { reporters, tags, ...rest } = revision;
  await tx.articleRevision.create({ data: { ...rest, reporters: reporters.join(" "), tags: tags.join(",") } });
}
