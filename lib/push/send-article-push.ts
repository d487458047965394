import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSiteUrl } from "@/lib/data/settings/get-site-url";
import { env } from "@/lib/env";
import { deliverPush, type VapidKeys } from "./deliver-push";
import { articlePushPayload } from "./push-payload";
import { runLimited } from "./run-limited";
import { wantsSection } from "./slug-list";
import { STATUS } from "@/lib/content/status";

export type PushStats = { sent: number; removed: number; failed: number };

// Subscriptions are read in pages and sent to a few at a time: memory and
// open sockets stay flat however many readers subscribed.
const PAGE_SIZE = 500;
const CONCURRENCY = 16;

/** The VAPID pair from the environment, or null when push is not set up. */
export function vapidKeys(siteUrl = ""): VapidKeys | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  // Push services want a way to reach the sender: the site itself when it is public.
  const subject = env.VAPID_SUBJECT ?? (siteUrl.startsWith("https://") ? siteUrl : "mailto:webmaster@localhost");
  return { subject, publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY };
}

/**
 * Marks a published article as pushed. Only one caller ever succeeds (a
 * conditional update), so an article goes out at most once however many
 * editors, instances or operators ask. Returns the time set, or null.
 */
export async function claimArticlePush(id: number, now = new Date()): Promise<Date | null> {
  const claimed = await db.article.updateMany({ where: { id, status: STATUS.published, pushedAt: null }, data: { pushedAt: now } });
  return claimed.count === 1 ? now : null;
}

type ArticleForAudience = { section: { slug: string }; pushedAt: Date | null };

/**
 * Who gets an article's push: a Prisma filter on PushSubscription, made from
 * the article. With `topicTitle` the notification names the topic.
 */
export type PushAudience = { where: (article: ArticleForAudience) => Prisma.PushSubscriptionWhereInput; topicTitle?: string };

/** Publishing: every subscription that chose the article's section (or every section). */
export const SECTION_AUDIENCE: PushAudience = { where: (article) => wantsSection(article.section.slug) };

/**
 * Sends a claimed article to its audience (the section's by default).
 * Subscriptions the push service no longer knows (404/410) are deleted;
 * other failures are logged and skipped, never thrown.
 */
export async function sendArticlePush(id: number, audience: PushAudience = SECTION_AUDIENCE): Promise<PushStats> {
  const stats: PushStats = { sent: 0, removed: 0, failed: 0 };
  // Read uncached: this also runs from `npm run push:send`, outside Next.
  const siteUrl = await findSiteUrl();
  const vapid = vapidKeys(siteUrl);
  if (!vapid) {
    console.warn(`[push] 未配置 VAPID 密钥，文章 ${id} 未推送`);
    return stats;
  }
  const article = await db.article.findUnique({
    where: { id },
    select: { id: true, title: true, summary: true, subtitle: true, status: true, pushedAt: true, section: { select: { slug: true, name: true } } },
  });
  if (!article || article.status !== STATUS.published) return stats;
  const payload = JSON.stringify(articlePushPayload({ ...article, sectionName: article.section.name, topicTitle: audience.topicTitle }, siteUrl));
  const audienceWhere = audience.where(article);

  for (let after = 0; ; ) {
    const page = await db.pushSubscription.findMany({
      where: { AND: [{ id: { gt: after } }, audienceWhere] },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: { id: true, endpoint: true, p256dh: true, auth: true },
    });
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const sent: number[] = [];
    const gone: number[] = [];
    await runLimited(page, CONCURRENCY, async (subscription) => {
      const result = await deliverPush(subscription, payload, vapid, env.PUSH_ENDPOINT_ORIGINS).catch((error: unknown) => ({
        outcome: "failed" as const,
        reason: error instanceof Error ? error.message : String(error),
      }));
      if (result.outcome === "sent") sent.push(subscription.id);
      else if (result.outcome === "gone") gone.push(subscription.id);
      else {
        stats.failed += 1;
        // The origin only: the full endpoint is the reader's private address.
        console.warn(`[push] 文章 ${id} 推送到 ${originOf(subscription.endpoint)} 失败: ${result.reason}`);
      }
    });
    if (gone.length) await db.pushSubscription.deleteMany({ where: { id: { in: gone } } });
    if (sent.length) await db.pushSubscription.updateMany({ where: { id: { in: sent } }, data: { lastSentAt: new Date() } });
    stats.sent += sent.length;
    stats.removed += gone.length;
  }
  // 数据 compares the sends with the views that came from them (push → opens).
  if (stats.sent > 0) await db.article.update({ where: { id }, data: { pushSent: { increment: stats.sent } } });
  return stats;
}

function originOf(endpoint: string): string {
  return URL.canParse(endpoint) ? new URL(endpoint).origin : "（无效地址）";
}
