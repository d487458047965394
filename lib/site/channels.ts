// The channel bar, in the order of the original portal. Channels that a later
// step builds already link to their final URLs.
export const CHANNELS = [
  { href: "/", label: "首页" },
  { href: "/news", label: "新闻中心" },
  { href: "/photos", label: "黔图汇" },
  { href: "/jobs", label: "人才网" },
  { href: "/video", label: "视听中心" },
  { href: "/topics", label: "专题" },
  { href: "/app", label: "APP" },
] as const;

/** What a section's or topic's name in a URL may look like: anything else is no page of ours (checked before a lookup). */
export const URL_SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;

export function sectionHref(slug: string, page = 1): string {
  return page > 1 ? `/news/${slug}/page/${page}` : `/news/${slug}`;
}

export function newsHref(page = 1): string {
  return page > 1 ? `/news/page/${page}` : "/news";
}

export function articleHref(id: number): string {
  return `/article/${id}`;
}

export function photosHref(page = 1): string {
  return page > 1 ? `/photos/page/${page}` : "/photos";
}

/** A photo set, or one photo of it (1-based): the fragment is the photo's own shareable URL. */
export function photoSetHref(id: number, photo?: number): string {
  return photo ? `/photos/${id}#${photo}` : `/photos/${id}`;
}
