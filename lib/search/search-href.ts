// URLs of the search page. Plain query parameters: /search is dynamic anyway,
// and a GET form (header, search page) produces exactly these.

export const SEARCH_PATH = "/search";

export function searchHref({ q, section, page = 1 }: { q: string; section?: string | null; page?: number }): string {
  const params = new URLSearchParams({ q });
  if (section) params.set("section", section);
  if (page > 1) params.set("page", String(page));
  return `${SEARCH_PATH}?${params.toString()}`;
}

/** Offered when a reader has no query yet or found nothing: the prefecture's counties and common beats. */
export const SEARCH_SUGGESTIONS = ["凯里", "雷山", "黎平", "从江", "榕江", "镇远", "乡村振兴", "苗年", "旅游", "教育"] as const;
