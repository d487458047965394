import { articleHref } from "@/lib/site/channels";
import type { ArticleListItem } from "@/lib/view-types";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { TimeText } from "@/components/ui/time-text";

/** 头条: the lead story with its picture, drawn first on the page. */
export function LeadStory({ article }: { article: ArticleListItem }) {
  return (
    <article className="overflow-hidden rounded-lg bg-neutral-900 text-white">
      <a href={articleHref(article.id)} className="group block">
        {article.cover ? (
          <ResponsiveImage
            image={article.cover}
            sizes="(min-width: 1024px) 720px, 100vw"
            priority
            alt=""
            className="aspect-[16/9] w-full object-cover opacity-90 group-hover:opacity-100"
          />
        ) : null}
        <div className="p-4">
          <p className="mb-1 text-xs font-bold tracking-widest text-red-200">头条</p>
          <h2 className="text-xl leading-snug font-bold sm:text-2xl">{article.title}</h2>
          {article.summary ? <p className="mt-2 line-clamp-2 text-sm text-neutral-200">{article.summary}</p> : null}
          <p className="mt-2 text-xs text-neutral-300">
            {article.section.name} · <TimeText iso={article.publishedAt} />
          </p>
        </div>
      </a>
    </article>
  );
}
