// Job categories of 人才网. Slugs appear in URLs and in JobPost.category:
// never rename one; add new ones at the end.
export const JOB_CATEGORIES = [
  { slug: "xiaoshou", name: "销售·客服" },
  { slug: "jiudian", name: "餐饮·酒店" },
  { slug: "lvyou", name: "文旅·导游" },
  { slug: "jiaoyu", name: "教育·培训" },
  { slug: "yiliao", name: "医疗·护理" },
  { slug: "shengchan", name: "生产·制造" },
  { slug: "jianzhu", name: "建筑·工程" },
  { slug: "wuliu", name: "物流·司机" },
  { slug: "nongye", name: "农业·养殖" },
  { slug: "dianshang", name: "电商·新媒体" },
  { slug: "xingzheng", name: "行政·财务" },
  { slug: "jiazheng", name: "家政·服务" },
] as const;

export type JobCategory = (typeof JOB_CATEGORIES)[number];
export type JobCategorySlug = JobCategory["slug"];

export const JOB_CATEGORY_SLUGS = JOB_CATEGORIES.map((c) => c.slug) as [JobCategorySlug, ...JobCategorySlug[]];

export function findCategory(slug: string): JobCategory | undefined {
  return JOB_CATEGORIES.find((c) => c.slug === slug);
}

export function categoryName(slug: string): string {
  return findCategory(slug)?.name ?? slug;
}
