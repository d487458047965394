/** What a view can be counted on: the readers' pages that carry a view counter. */
export const VIEW_KINDS = ["article", "photos", "media", "job"] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/** The newsroom's channels, one per kind: 文章, 图集, 视听, 招聘. */
export const VIEW_KIND_LABELS: Record<ViewKind, string> = { article: "文章", photos: "图集", media: "视听", job: "招聘" };

/** Where the readers' pages send their view beacon. */
export const VIEW_BEACON_PATH = "/api/views";
