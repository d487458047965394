import { cacheTags } from "@/lib/cache/tags";

/**
 * The cache tags a change to a public article touches: its page, its
 * section's lists and pages (上一篇/下一篇 and 相关新闻 hang off the section
 * tag), the homepage, the cross-section lists and 热点排行.
 */
export function publicTagsFor(articleId: number, sectionSlugs: string[]): string[] {
  return [
    cacheTags.article(articleId),
    ...[...new Set(sectionSlugs)].map(cacheTags.section),
    cacheTags.home,
    cacheTags.articles,
    cacheTags.mostRead,
  ];
}
