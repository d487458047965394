"use client";

import { useEffect } from "react";
import { VIEW_BEACON_PATH, type ViewKind } from "@/lib/views/view-kinds";

/**
 * Counts a reader's view without making the page dynamic: the cached page
 * carries this, and the browser reports the view with a beacon. Reloads in
 * the same tab count once.
 */
export function ViewBeacon({ kind, id }: { kind: ViewKind; id: number }) {
  useEffect(() => {
    const key = `viewed:${kind}:${id}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, "1");
    } catch {
      // Private modes may refuse storage: count the view anyway.
    }
    const body = JSON.stringify({ kind, id });
    if (!navigator.sendBeacon?.(VIEW_BEACON_PATH, body)) {
      void fetch(VIEW_BEACON_PATH, { method: "POST", body, keepalive: true }).catch(() => {});
    }
  }, [kind, id]);
  return null;
}
