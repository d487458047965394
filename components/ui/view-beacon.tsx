"use client";

import { useEffect } from "react";
import { MAX_ENGAGED_SECONDS } from "@/lib/views/engagement-limits";
import { VIEW_BEACON_PATH, type ViewKind } from "@/lib/views/view-kinds";

/** Seconds without a scroll, tap or key after which a visible page no longer counts as being read. */
const IDLE_SECONDS = 15;

function send(body: object) {
  const text = JSON.stringify(body);
  if (!navigator.sendBeacon?.(VIEW_BEACON_PATH, text)) {
    void fetch(VIEW_BEACON_PATH, { method: "POST", body: text, keepalive: true }).catch(() => {});
  }
}

/**
 * Counts a reader's view without making the page dynamic: the cached page
 * carries this, and the browser reports the view with a beacon (where the
 * reader came from, whether in the installed APP). When the page is hidden
 * it reports how far the body (`[data-read-body]`) was read and for how
 * many seconds the reader was active. Reloads in the same tab count once.
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
    const url = new URL(location.href);
    const from = url.searchParams.get("from") ?? undefined;
    if (from) {
      // The push marker has done its job: shared links should not carry it.
      url.searchParams.delete("from");
      history.replaceState(history.state, "", url);
    }
    send({
      kind,
      id,
      ref: document.referrer.slice(0, 500),
      from,
      app: matchMedia("(display-mode: standalone)").matches ? 1 : 0,
      touch: navigator.maxTouchPoints > 0 ? 1 : 0,
    });

    let depth = 0;
    let sentDepth = 0;
    let seconds = 0;
    let sentSeconds = 0;
    let activeAt = Date.now();
    const measure = () => {
      const body = document.querySelector("[data-read-body]") ?? document.body;
      const box = body.getBoundingClientRect();
      const seen = (innerHeight - box.top) / Math.max(box.height, 1);
      const reached = Math.min(100, Math.floor(seen * 4) * 25);
      if (reached > depth) depth = reached;
    };
    const active = () => {
      activeAt = Date.now();
      measure();
    };
    const tick = setInterval(() => {
      if (document.visibilityState === "visible" && Date.now() - activeAt < IDLE_SECONDS * 1000) seconds += 1;
    }, 1000);
    const report = () => {
      measure();
      if (depth === sentDepth && seconds === sentSeconds) return;
      send({ kind, id, depth, depthFrom: sentDepth, seconds: Math.min(seconds - sentSeconds, MAX_ENGAGED_SECONDS) });
      sentDepth = depth;
      sentSeconds = seconds;
    };
    const onHide = (e: Event) => {
      if (e.type === "pagehide" || document.visibilityState === "hidden") report();
    };
    const events = ["scroll", "pointerdown", "keydown", "touchstart"] as const;
    for (const e of events) addEventListener(e, active, { passive: true });
    addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    measure();
    return () => {
      clearInterval(tick);
      for (const e of events) removeEventListener(e, active);
      removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
      // Leaving for another page inside the site (no pagehide): report what was read here.
      report();
    };
  }, [kind, id]);
  return null;
}
