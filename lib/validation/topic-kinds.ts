// What a 专题 item can be, apart from the zod schemas so that the newsroom's
// browser code can list them without loading zod (whose eval probe the
// newsroom's strict Content Security Policy reports).
export const TOPIC_ITEM_KINDS = ["article", "photos", "media"] as const;
export type TopicItemKind = (typeof TOPIC_ITEM_KINDS)[number];
export const TOPIC_ITEM_KIND_LABELS: Record<TopicItemKind, string> = { article: "文章", photos: "图集", media: "视频/音频" };
