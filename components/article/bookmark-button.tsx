"use client";

import { useState, useSyncExternalStore } from "react";
import { togglePillClass } from "@/components/ui/toggle-pill";
import { addFavorite, hasFavorite, removeFavorite, subscribeFavorites } from "@/lib/client/favorites/favorites-store";
import { removeOfflineCopy, saveOfflineCopy } from "@/lib/client/favorites/offline-copy";

type BookmarkButtonProps = { id: number; title: string; url: string; summary: string };

/**
 * 【收藏】: saves the article on this device; no account needed. The page and
 * its pictures are kept for offline reading until it is un-bookmarked.
 */
export function BookmarkButton({ id, title, url, summary }: BookmarkButtonProps) {
  const saved = useSyncExternalStore(subscribeFavorites, () => hasFavorite(id), () => false);
  const [failed, setFailed] = useState(false);
  const [offline, setOffline] = useState(false);

  function toggle() {
    const ok = saved ? removeFavorite(id) : addFavorite({ id, title, url, summary });
    setFailed(!ok);
    setOffline(false);
    if (!ok) return;
    if (saved) void removeOfflineCopy(id, url);
    else void saveOfflineCopy(id, url).then(setOffline);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={saved}
        className={togglePillClass(saved)}
      >
        <span aria-hidden>{saved ? "★" : "☆"}</span>
        {saved ? "已收藏" : "收藏"}
      </button>
      <span role="status" className="text-xs text-muted">
        {failed ? "浏览器不允许保存，收藏未成功" : offline && saved ? "已保存，可离线阅读" : ""}
      </span>
    </span>
  );
}
