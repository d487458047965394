import { BlockHeading } from "@/components/ui/block-heading";
import { articleHref, sectionHref } from "@/lib/site/channels";
import type { ArticleListItem, SectionView } from "@/lib/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { HeadlineList } from "./headline-list";

type SectionBlockProps = { section: SectionView; items: ArticleListItem[] };

/** A section's latest items: the first with its picture and summary, the rest as titles. */
export function SectionBlock({ section, items }: SectionBlockProps) {
  const [first, ...rest] = items;
  const headingId = `block-${section.slug}`;
  return (
    <section aria-labelledby={headingId}>
      <BlockHeading id={headingId} title={section.name} moreHref={sectionHref(section.slug)} moreLabel={`${section.name}新闻`} linkTitle />
      {first ? (
        <>
          <a href={articleHref(first.id)} className="group mt-3 flex gap-3">
            {first.cover ? (
              <ResponsiveImage image={first.cover} sizes="128px" alt="" className="h-20 w-32 shrink-0 rounded object-cover" />
            ) : null}
            <span className="min-w-0">
              <span className="line-clamp-2 font-bold group-hover:text-brand">{first.title}</span>
              <span className="mt-1 line-clamp-2 text-sm text-muted">{first.summary}</span>
            </span>
          </a>
          <div className="mt-2">
            <HeadlineList items={rest} />
          </div>
        </>
      ) : (
        <p className="py-6 text-center text-sm text-muted">暂无文章</p>
      )}
    </section>
  );
}
