import { BlockHeading } from "@/components/ui/block-heading";
import type { TopicTeaser as TopicTeaserData } from "@/lib/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";

/** 专题: the ongoing special topics. */
export function TopicTeaser({ topics }: { topics: TopicTeaserData[] }) {
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="topics-heading" className="mt-8">
      <BlockHeading id="topics-heading" title="专题" moreHref="/topics" moreLabel="专题" />
      <ul className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-3">
        {topics.map((t) => (
          <li key={t.slug}>
            <a href={`/topics/${t.slug}`} className="group block overflow-hidden rounded border border-line">
              {t.banner ? (
                <ResponsiveImage image={t.banner} sizes="(min-width: 640px) 360px, 100vw" alt="" className="aspect-[3/1] w-full object-cover" />
              ) : null}
              <span className="block p-3">
                <span className="font-bold group-hover:text-brand">{t.title}</span>
                {t.ongoing ? <span className="ml-2 rounded bg-brand px-1.5 py-0.5 text-xs text-white">进行中</span> : null}
                <span className="mt-1 line-clamp-2 block text-sm text-muted">{t.summary}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
