// 收藏, kept on the reader's device (localStorage): public pages stay the same
// for everyone and cacheable, and bookmarks work without an account. Browser
// only; every function is a no-op where storage is unavailable (private mode,
// server rendering).
import { subscribeStoredKey } from "@/lib/client/stored-key-events";

export type Favorite = {
  id: number;
  title: string;
  url: string;
  summary: string;
  /** ISO time the reader saved it. */
  savedAt: string;
};

const KEY = "qdn:favorites:v1";
const CHANGE_EVENT = "qdn:favorites-change";
const MAX_FAVORITES = 500;

function read(): Favorite[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isFavorite) : [];
  } catch {
    return [];
  }
}

function isFavorite(x: unknown): x is Favorite {
  if (typeof x !== "object" || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.id === "number" && typeof f.title === "string" && typeof f.url === "string" && typeof f.savedAt === "string";
}

function write(list: Favorite[]): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX_FAVORITES)));
    window.dispatchEvent(new Event(CHANGE_EVENT));
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored list as a string: a stable snapshot for useSyncExternalStore
 * (equal strings mean nothing changed).
 */
export function favoritesSnapshot(): string {
  try {
    return window.localStorage.getItem(KEY) ?? "[]";
  } catch {
    return "[]";
  }
}

/** Newest first. */
export function listFavorites(): Favorite[] {
  if (typeof window === "undefined") return [];
  return read().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function hasFavorite(id: number): boolean {
  return listFavorites().some((f) => f.id === id);
}

export function addFavorite(item: Omit<Favorite, "savedAt">): boolean {
  const rest = read().filter((f) => f.id !== item.id);
  return write([{ ...item, savedAt: new Date().toISOString() }, ...rest]);
}

export function removeFavorite(id: number): boolean {
  return write(read().filter((f) => f.id !== id));
}

/** Calls back when bookmarks change in this tab or another one. */
export function subscribeFavorites(callback: () => void): () => void {
  return subscribeStoredKey(KEY, CHANGE_EVENT, callback);
}
