import { randomBytes } from "node:crypto";
import { LIVE_KEEP_MINUTES, type LiveMark, type LiveMinutes, type ViewStore } from "./view-store";

/** Marks kept at most; the oldest go first (a Map iterates in insertion order). */
const MAX_MARKS = 200_000;
const MAX_READERS_PER_MINUTE = 100_000;

type Minute = { readers: Set<string>; items: Map<string, number>; referrers: Map<string, Map<string, number>> };

/** The single-process store: right for one instance, wrong for several (use Redis there). */
export class MemoryViewStore implements ViewStore {
  private salts = new Map<number, string>();
  private marks = new Map<string, number>();
  private minutes = new Map<number, Minute>();

  async salt(day: number): Promise<string> {
    let salt = this.salts.get(day);
    if (!salt) {
      salt = randomBytes(16).toString("base64");
      this.salts.set(day, salt);
      // Yesterday's salt is thrown away once today's exists: nobody can recompute yesterday's hashes.
      for (const d of this.salts.keys()) if (d < day) this.salts.delete(d);
    }
    return salt;
  }

  async claim(key: string, ttlMs: number, now = Date.now()): Promise<boolean> {
    const until = this.marks.get(key);
    if (until !== undefined && until > now) return false;
    this.marks.delete(key);
    this.marks.set(key, now + ttlMs);
    while (this.marks.size > MAX_MARKS) {
      const oldest = this.marks.keys().next().value;
      if (oldest === undefined) break;
      this.marks.delete(oldest);
    }
    return true;
  }

  async markLive({ minute, reader, item, referrer }: LiveMark): Promise<void> {
    let m = this.minutes.get(minute);
    if (!m) {
      m = { readers: new Set(), items: new Map(), referrers: new Map() };
      this.minutes.set(minute, m);
      for (const old of this.minutes.keys()) if (old <= minute - LIVE_KEEP_MINUTES) this.minutes.delete(old);
    }
    if (m.readers.size < MAX_READERS_PER_MINUTE) m.readers.add(reader);
    m.items.set(item, (m.items.get(item) ?? 0) + 1);
    let refs = m.referrers.get(item);
    if (!refs) m.referrers.set(item, (refs = new Map()));
    refs.set(referrer, (refs.get(referrer) ?? 0) + 1);
  }

  async readLive(minute: number, sparkMinutes: number, recentMinutes: number): Promise<LiveMinutes> {
    const items: LiveMinutes["items"] = [];
    const readers = new Set<string>();
    const referrers = new Map<string, Map<string, number>>();
    for (let m = minute - sparkMinutes + 1; m <= minute; m++) {
      const bucket = this.minutes.get(m);
      items.push({ minute: m, views: new Map(bucket?.items) });
      if (!bucket || m <= minute - recentMinutes) continue;
      for (const r of bucket.readers) readers.add(r);
      for (const [item, refs] of bucket.referrers) {
        let into = referrers.get(item);
        if (!into) referrers.set(item, (into = new Map()));
        for (const [ref, n] of refs) into.set(ref, (into.get(ref) ?? 0) + n);
      }
    }
    return { items, referrers, readers: readers.size };
  }
}
