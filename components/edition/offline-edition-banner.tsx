"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { HOME_URL, readEditionIndex } from "@/lib/client/edition/edition-store";
import { formatDateTime } from "@/lib/format/date";

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
  };
}

/**
 * 「离线版」 over a page of 今日要闻离线版 read without a network, with the time
 * it was saved, so the reader knows the news may have moved on. Nothing
 * online, and nothing on pages the edition does not hold.
 */
export function OfflineEditionBanner() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  useEffect(() => {
    if (online) return;
    let current = true;
    void readEditionIndex().then((index) => {
      const path = window.location.pathname;
      if (current && index && (path === HOME_URL || index.articles.some((a) => a.url === path))) setSavedAt(index.savedAt);
    });
    return () => {
      current = false;
    };
  }, [online]);

  if (online || !savedAt) return null;
  return (
    <p role="status" className="mb-3 rounded border border-line bg-brand-soft px-3 py-2 text-sm">
      <strong className="text-brand">离线版</strong> · {formatDateTime(new Date(savedAt))} 保存。现在没有网络，没下载的内容暂时打不开。
    </p>
  );
}
