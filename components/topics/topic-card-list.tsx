import Link from "next/link";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { topicHref } from "@/lib/topics/topic-urls";
import type { TopicSummary } from "@/lib/view-types";
import { TopicStatusBadge } from "./topic-status-badge";

/** Topic cards: banner, title with its badge, summary and how many items it holds. */
export function TopicCardList({ topics, headingLevel = 3 }: { topics: TopicSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {topics.map((t) => (
        <li key={t.slug} className="overflow-hidden rounded border border-line">
          <Link prefetch={false} href={topicHref(t.slug)} className="group block">
            {t.banner ? (
              <ResponsiveImage image={t.banner} sizes="(min-width: 640px) 380px, 100vw" alt="" className="aspect-[3/1] w-full object-cover" />
            ) : (
              <span aria-hidden className="block aspect-[3/1] w-full bg-brand-soft" />
            )}
            <span className="block p-3">
              <Heading className="flex flex-wrap items-center gap-2 font-bold group-hover:text-brand">
                {t.title}
                <TopicStatusBadge ongoing={t.ongoing} />
              </Heading>
              {t.summary ? <span className="mt-1 line-clamp-2 block text-sm text-muted">{t.summary}</span> : null}
              <span className="mt-1 block text-xs text-muted">共 {t.itemCount} 篇</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
