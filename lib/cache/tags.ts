// Cache tags: every cached read names the tags it depends on, and every write
// revalidates exactly the tags of what it touched. Keep the names here so
// readers and writers cannot drift apart.
export const cacheTags = {
  /** The homepage's blocks. */
  home: "home",
  /** Every list of articles across sections (/news, feeds, most-read). */
  articles: "articles",
  /** Section names and order (navigation on every page). */
  sections: "sections",
  /** Contact lines and statements (footer and article pages). */
  settings: "settings",
  /** The topic directory (/topics) and the homepage teaser. */
  topics: "topics",
  /** Every list of job posts (/jobs and its filters, the feed, the homepage block). */
  jobs: "jobs",
  /** 热点排行, by view counts. */
  mostRead: "most-read",
  section: (slug: string) => `section:${slug}`,
  article: (id: number) => `article:${id}`,
  /** 黔图汇: every list of photo sets (/photos, its feed, the homepage strip). */
  photos: "photos",
  photoSet: (id: number) => `photoset:${id}`,
  /** 视听中心: every list of audio/video items (/video, its feed, related items, homepage strip). */
  media: "media",
  mediaItem: (id: number) => `media:${id}`,
  topic: (slug: string) => `topic:${slug}`,
  job: (id: number) => `job:${id}`,
  /** /corrections: every published 更正. */
  corrections: "corrections",
} as const;
