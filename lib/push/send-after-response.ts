import "server-only";
import { after } from "next/server";
import { type PushAudience, SECTION_AUDIENCE, sendArticlePush } from "./send-article-push";

/**
 * Sends a claimed push once the editor has the answer (the newsroom's
 * actions): the editor never waits for thousands of push services. The log
 * line says what went out, to whom.
 */
export function sendPushAfterResponse(articleId: number, audience: PushAudience = SECTION_AUDIENCE) {
  after(async () => {
    const stats = await sendArticlePush(articleId, audience);
    const to = audience.topicTitle ? `专题「${audience.topicTitle}」的订阅者` : "栏目订阅者";
    console.log(`[push] 文章 ${articleId} → ${to}: 送达 ${stats.sent}，删除失效订阅 ${stats.removed}，失败 ${stats.failed}`);
  });
}
