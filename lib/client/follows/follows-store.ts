// 关注, kept on the reader's device (localStorage) like 收藏: no account, and
// public pages stay the same for everyone and cacheable; the homepage's
// 我的关注 block is drawn on the device. Browser only; every function is a
// no-op where storage is unavailable (private mode, server rendering).
import { subscribeStoredKey } from "@/lib/client/stored-key-events";
import { isFollowSlug, type FollowKind } from "@/lib/follows/follow-feed";

export type Follow = {
  kind: FollowKind;
  slug: string;
  name: string;
  /** ISO time the reader followed it: what was published before is not 新. */
  followedAt: string;
};

/** Item keys (`article:12`) the reader has already been shown, by where: `home`, or `topic:<slug>` for a topic's page. */
export type SeenKeys = Record<string, string[]>;

const FOLLOWS_KEY = "qdn:follows:v1";
const SEEN_KEY = "qdn:follows-seen:v1";
const CHANGE_EVENT = "qdn:follows-change";
const MAX_FOLLOWS = 50;
/** Per place: enough for the homepage block and a large topic, small enough for localStorage. */
const MAX_SEEN_PER_PLACE = 400;

function readJson(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    window.dispatchEvent(new Event(CHANGE_EVENT));
    return true;
  } catch {
    return false;
  }
}

function isFollow(x: unknown): x is Follow {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  return (f.kind === "section" || f.kind === "topic") && typeof f.slug === "string" && isFollowSlug(f.slug) && typeof f.name === "string" && typeof f.followedAt === "string";
}

/** The follows in a stored list (followsSnapshot), in the order they were followed; [] for anything unreadable. */
export function parseFollows(snapshot: string): Follow[] {
  try {
    const parsed: unknown = JSON.parse(snapshot);
    return Array.isArray(parsed) ? parsed.filter(isFollow) : [];
  } catch {
    return [];
  }
}

/** What the reader follows, in the order they followed it. */
export function listFollows(): Follow[] {
  if (typeof window === "undefined") return [];
  return parseFollows(followsSnapshot());
}

/** The stored list as a string: a stable snapshot for useSyncExternalStore. */
export function followsSnapshot(): string {
  try {
    return window.localStorage.getItem(FOLLOWS_KEY) ?? "[]";
  } catch {
    return "[]";
  }
}

export function isFollowing(kind: FollowKind, slug: string): boolean {
  return listFollows().some((f) => f.kind === kind && f.slug === slug);
}

export function follow(kind: FollowKind, slug: string, name: string): boolean {
  const rest = listFollows().filter((f) => !(f.kind === kind && f.slug === slug));
  return writeJson(FOLLOWS_KEY, [...rest, { kind, slug, name, followedAt: new Date().toISOString() }].slice(-MAX_FOLLOWS));
}

export function unfollow(kind: FollowKind, slug: string): boolean {
  return writeJson(
    FOLLOWS_KEY,
    listFollows().filter((f) => !(f.kind === kind && f.slug === slug)),
  );
}

export function readSeenKeys(): SeenKeys {
  if (typeof window === "undefined") return {};
  const parsed = readJson(SEEN_KEY);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const seen: SeenKeys = {};
  for (const [place, keys] of Object.entries(parsed)) {
    if (Array.isArray(keys)) seen[place] = keys.filter((k): k is string => typeof k === "string");
  }
  return seen;
}

/** Remembers that `keys` were shown at `place` (replacing what was remembered there). */
export function rememberSeen(place: string, keys: string[]): void {
  try {
    const seen = readSeenKeys();
    seen[place] = keys.slice(0, MAX_SEEN_PER_PLACE);
    window.localStorage.setItem(SEEN_KEY, JSON.stringify(seen));
  } catch {
    // Storage refused: the same items are 新 once more next time, nothing worse.
  }
}

/** Calls back when follows change in this tab or another one. */
export function subscribeFollows(callback: () => void): () => void {
  return subscribeStoredKey(FOLLOWS_KEY, CHANGE_EVENT, callback);
}
