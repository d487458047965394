import Link from "next/link";
import { topicHref } from "@/lib/topics/topic-urls";
import type { TopicLink } from "@/lib/view-types";

/** 本文所属专题 under an article: a way back to each topic that holds it. */
export function ArticleTopicLinks({ topics }: { topics: TopicLink[] }) {
  if (topics.length === 0) return null;
  return (
    <p className="mt-4 text-sm">
      本文所属专题：
      {topics.map((t, i) => (
        <span key={t.slug}>
          {i > 0 ? "、" : null}
          <Link prefetch={false} href={topicHref(t.slug)} className="inline-flex min-h-11 items-center text-brand hover:underline">
            {t.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
