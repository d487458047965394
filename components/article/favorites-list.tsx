"use client";

import Link from "next/link";
import { useMemo, useSyncExternalStore } from "react";
import { favoritesSnapshot, listFavorites, removeFavorite, subscribeFavorites } from "@/lib/client/favorites/favorites-store";
import { removeOfflineCopy } from "@/lib/client/favorites/offline-copy";
import { formatDateTime } from "@/lib/format/date";

/** The reader's bookmarks on this device, newest first. */
export function FavoritesList() {
  const snapshot = useSyncExternalStore(subscribeFavorites, favoritesSnapshot, () => null);
  // The snapshot string only says whether anything changed; the list is read from the store.
  const favorites = useMemo(() => (snapshot === null ? null : listFavorites()), [snapshot]);

  if (favorites === null) return <p className="py-8 text-center text-muted">正在读取收藏…</p>;
  if (favorites.length === 0) {
    return (
      <p className="py-8 text-center text-muted">
        还没有收藏。阅读文章时点“收藏”，文章会保存在这台设备上。
      </p>
    );
  }
  return (
    <ul className="divide-y divide-line">
      {favorites.map((f) => (
        <li key={f.id} className="flex items-start gap-3 py-4">
          <div className="min-w-0 flex-1">
            <Link prefetch={false} href={f.url} className="font-bold hover:text-brand">
              {f.title}
            </Link>
            {f.summary ? <p className="mt-1 line-clamp-2 text-sm text-muted">{f.summary}</p> : null}
            <p className="mt-1 text-xs text-muted">收藏于 {formatDateTime(new Date(f.savedAt))}</p>
          </div>
          <button
            type="button"
            onClick={() => {
              if (removeFavorite(f.id)) void removeOfflineCopy(f.id, f.url);
            }}
            aria-label={`取消收藏：${f.title}`}
            className="inline-flex min-h-11 shrink-0 items-center rounded-full border border-line px-3 text-sm hover:border-brand hover:text-brand"
          >
            取消收藏
          </button>
        </li>
      ))}
    </ul>
  );
}
