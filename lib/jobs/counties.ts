// The sixteen counties and cities of 黔东南 a job can be in, in the order the
// prefecture lists them. Slugs are the pinyin of the place name and appear in
// URLs (/jobs/<county>/<category>) and in JobPost.county: never rename one.
export const JOB_COUNTIES = [
  { slug: "kaili", name: "凯里市" },
  { slug: "danzhai", name: "丹寨县" },
  { slug: "majiang", name: "麻江县" },
  { slug: "huangping", name: "黄平县" },
  { slug: "shibing", name: "施秉县" },
  { slug: "zhenyuan", name: "镇远县" },
  { slug: "cengong", name: "岑巩县" },
  { slug: "sansui", name: "三穗县" },
  { slug: "tianzhu", name: "天柱县" },
  { slug: "jinping", name: "锦屏县" },
  { slug: "liping", name: "黎平县" },
  { slug: "congjiang", name: "从江县" },
  { slug: "rongjiang", name: "榕江县" },
  { slug: "leishan", name: "雷山县" },
  { slug: "taijiang", name: "台江县" },
  { slug: "jianhe", name: "剑河县" },
] as const;

export type JobCounty = (typeof JOB_COUNTIES)[number];
export type JobCountySlug = JobCounty["slug"];

export const JOB_COUNTY_SLUGS = JOB_COUNTIES.map((c) => c.slug) as [JobCountySlug, ...JobCountySlug[]];

export function findCounty(slug: string): JobCounty | undefined {
  return JOB_COUNTIES.find((c) => c.slug === slug);
}

/** The name of a stored county slug; the slug itself if it was ever removed from the list. */
export function countyName(slug: string): string {
  return findCounty(slug)?.name ?? slug;
}
