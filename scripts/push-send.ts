// Sends the Web Push of one published article, for operators:
//   npm run push:send -- --article 123
// Each article is pushed at most once, whoever asks (the newsroom's 推送
// switch, this command, another instance); a second request says when it
// went out. Uses the same VAPID keys as `npm start` (VAPID_* variables, or
// the pair kept in data/vapid-keys.json).
import { parseArgs } from "node:util";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { article: { type: "string" } } });
  const id = Number(values.article);
  if (!values.article || !Number.isSafeInteger(id) || id <= 0) {
    console.error("用法: npm run push:send -- --article <文章编号>");
    return 2;
  }
  // Before anything reads the environment (lib/env.ts): the keys npm start uses.
  const { withVapidKeys } = await import("./lib/vapid-keys.mjs");
  Object.assign(process.env, withVapidKeys(process.env));

  const { db } = await import("@/lib/db/client");
  const { claimArticlePush, sendArticlePush } = await import("@/lib/push/send-article-push");
  const { recordAudit } = await import("@/lib/newsroom/audit");
  const { formatDateTime } = await import("@/lib/format/date");
  try {
    const article = await db.article.findUnique({ where: { id }, select: { title: true, status: true, pushedAt: true } });
    if (!article) return fail(`没有编号为 ${id} 的文章`);
    if (article.status !== "published") return fail(`文章 ${id} 尚未发布，不能推送`);
    if (!(await claimArticlePush(id))) {
      const again = await db.article.findUniqueOrThrow({ where: { id }, select: { pushedAt: true } });
      return fail(`文章 ${id} 已在 ${again.pushedAt ? formatDateTime(again.pushedAt) : "此前"} 推送过，每篇只推送一次`);
    }
    await recordAudit({ userId: null, action: "article.push", targetType: "article", targetId: id, detail: `${article.title}（命令行）` });
    const stats = await sendArticlePush(id);
    console.log(`已推送「${article.title}」：送达 ${stats.sent}，删除失效订阅 ${stats.removed}，失败 ${stats.failed}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
