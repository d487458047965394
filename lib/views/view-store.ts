// What the view counter shares between server processes: the day's salt,
// the "seen lately" marks that make a repeat count once, and the live
// (实时) minute counters. In one process's memory by default; in Redis
// when REDIS_URL is set, so several instances count a reader once.

export type LiveMark = { minute: number; reader: string; item: string; referrer: string };

export type LiveMinutes = {
  /** Per minute (oldest first): views per item key ("article:12"). */
  items: { minute: number; views: Map<string, number> }[];
  /** Referrer class → views, per item key, over the last minutes asked for. */
  referrers: Map<string, Map<string, number>>;
  /** Distinct readers over the last minutes asked for (site-wide). */
  readers: number;
};

export interface ViewStore {
  /** The random salt of a day; made on first use, forgotten a day later. */
  salt(day: number): Promise<string>;
  /** Marks a key for ttlMs; true when it was not marked already. `now` is for tests of the in-process store. */
  claim(key: string, ttlMs: number, now?: number): Promise<boolean>;
  /** Records one counted view in the live minute counters. */
  markLive(mark: LiveMark): Promise<void>;
  /** The live counters of the minutes up to `minute`: items over `sparkMinutes`, readers and referrers over `recentMinutes`. */
  readLive(minute: number, sparkMinutes: number, recentMinutes: number): Promise<LiveMinutes>;
}

/** How long live minute counters are kept. */
export const LIVE_KEEP_MINUTES = 31;
