import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";

/** 图片新闻: swipeable on phones, a grid on wide screens. */
export function PictureStrip({ items }: { items: ArticleListItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="pictures-heading" className="mt-8">
      <h2 id="pictures-heading" className="border-b-2 border-brand pb-1 text-lg font-bold">
        图片新闻
      </h2>
      <ul className="scroll-row mt-3 flex snap-x gap-3 pb-1 lg:grid lg:grid-cols-4">
        {items.map((a) =>
          a.cover ? (
            <li key={a.id} className="strip-item">
              <a href={articleHref(a.id)} className="group block">
                <ResponsiveImage
                  image={a.cover}
                  sizes="(min-width: 1024px) 280px, 224px"
                  alt=""
                  className="aspect-[4/3] w-full rounded object-cover"
                />
                <p className="strip-title">{a.title}</p>
              </a>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
