import "server-only";
import { createArticle } from "@/lib/data/articles/create-article";
import { db } from "@/lib/db/client";
import { legacyBodyHtml, parseLegacyArticlePage } from "./parse-legacy-page";
import { STATUS } from "@/lib/content/status";

/**
 * Imports one saved page of the old portal as a published article in
 * `sectionSlug`. The old page's 责任编辑 becomes a newsroom name that cannot
 * sign in (no password) until an admin gives it one.
 */
export async function importLegacyArticle(pageText: string, sectionSlug: string): Promise<{ id: number }> {
  const page = parseLegacyArticlePage(pageText);
  const editor = page.editorName
    ? await db.user.upsert({
        where: { username: page.editorName },
        create: { username: page.editorName, displayName: page.editorName, role: "editor", active: false },
        update: {},
        select: { id: true },
      })
    : null;
  return createArticle({
    title: page.title,
    bodyHtml: legacyBodyHtml(page),
    sectionSlug,
    source: page.source,
    dateline: page.dateline,
    reporters: page.reporters,
    editorId: editor?.id ?? null,
    status: STATUS.published,
    publishedAt: page.publishedAt,
  });
}
