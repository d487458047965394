import type { StatsTable } from "./stats-table";

// What the stats reads hand to the newsroom's pages and components.

/** What the 实时 endpoint returns. */
export type LiveReadership = {
  /** Distinct readers in the last 5 minutes (site-wide scope), or reads of items in scope (narrower scopes). */
  readers: number;
  readersAreDistinct: boolean;
  items: { key: string; title: string; channel: string; href: string; recent: number; spark: number[] }[];
  referrers: { label: string; views: number }[];
  /** When this was read (ISO), so the page can say how fresh it is. */
  at: string;
};

/** An article's 数据 on its newsroom page. */
export type ItemReadership = {
  views: number;
  uniques: number;
  avgEngagedSeconds: number;
  push: { pushedAt: string; sent: number; opens: number; openRate: string; viewsHourBefore: number; viewsHourAfter: number } | null;
  tables: StatsTable[];
};
