/** What a view can be counted on: the readers' pages that carry a view counter. */
export const VIEW_KINDS = ["article", "photos", "media"] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/** Where the readers' pages send their view beacon. */
export const VIEW_BEACON_PATH = "/api/views";
