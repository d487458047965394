"use client";

import { useState, useSyncExternalStore } from "react";
import { addFavorite, hasFavorite, removeFavorite, subscribeFavorites } from "@/lib/favorites/favorites-store";

type BookmarkButtonProps = { id: number; title: string; url: string; summary: string };

/** 【收藏】: saves the article on this device; no account needed. */
export function BookmarkButton({ id, title, url, summary }: BookmarkButtonProps) {
  const saved = useSyncExternalStore(subscribeFavorites, () => hasFavorite(id), () => false);
  const [failed, setFailed] = useState(false);

  function toggle() {
    const ok = saved ? removeFavorite(id) : addFavorite({ id, title, url, summary });
    setFailed(!ok);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={saved}
        className={`inline-flex min-h-11 items-center gap-1 rounded-full border px-4 text-sm ${
          saved ? "border-brand bg-brand text-white" : "border-brand text-brand hover:bg-brand-soft"
        }`}
      >
        <span aria-hidden>{saved ? "★" : "☆"}</span>
        {saved ? "已收藏" : "收藏"}
      </button>
      <span role="status" className="text-xs text-muted">
        {failed ? "浏览器不允许保存，收藏未成功" : ""}
      </span>
    </span>
  );
}
