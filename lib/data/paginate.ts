import type { Paginated } from "@/lib/view-types";

// Paging for every list the site and the newsroom show: page numbers start at
// 1, an empty list still has page 1, and a page past the end is null (the
// public pages answer it with their 404).

/** How many pages `total` rows make, never fewer than one. */
export function pageCountOf(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Where a page starts and how many rows it takes, for Prisma's skip/take. */
export function pageWindowOf(page: number, perPage: number): { skip: number; take: number } {
  return { skip: (page - 1) * perPage, take: perPage };
}

type PaginateOptions<Row, Item> = {
  page: number;
  perPage: number;
  count: () => Promise<number>;
  rows: (window: { skip: number; take: number }) => Promise<Row[]>;
  toItem: (row: Row) => Item;
};

/** One page of a list: counts first, so a page past the end never reads its rows. */
export async function paginate<Row, Item>({ page, perPage, count, rows, toItem }: PaginateOptions<Row, Item>): Promise<Paginated<Item> | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null;
  const total = await count();
  const pageCount = pageCountOf(total, perPage);
  if (page > pageCount) return null;
  const found = await rows(pageWindowOf(page, perPage));
  return { items: found.map(toItem), page, pageCount, total };
}
