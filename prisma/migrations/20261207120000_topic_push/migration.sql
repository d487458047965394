-- 新闻推送 by 专题: the topics a subscription follows, and when an article of a topic was pushed to them.
ALTER TABLE "PushSubscription" ADD COLUMN "topics" TEXT NOT NULL DEFAULT '';
ALTER TABLE "TopicItem" ADD COLUMN "pushedAt" DATETIME;
