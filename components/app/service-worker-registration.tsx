"use client";

import { useEffect, useState } from "react";

/**
 * Registers the service worker (/sw.js, app/sw.ts) once the page has loaded,
 * so the first visit loads nothing extra before it is usable, and shows
 * 「有新版本」 when a newer worker is waiting: 「刷新」 tells it to take over
 * and reloads the page once it controls it.
 */
export function ServiceWorkerRegistration() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    let cancelled = false;

    function register() {
      container
        .register("/sw.js", { scope: "/" })
        .then((registration) => {
          // A worker that waits while another one controls this page is an update.
          const check = () => {
            if (!cancelled && registration.waiting && container.controller) setWaiting(registration.waiting);
          };
          check();
          registration.addEventListener("updatefound", () => {
            const installing = registration.installing;
            installing?.addEventListener("statechange", () => {
              if (installing.state === "installed") check();
            });
          });
        })
        .catch(() => {
          // No worker (insecure origin, storage disabled): the site works as before.
        });
    }

    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", register);
    };
  }, []);

  if (!waiting) return null;

  function update() {
    const worker = waiting;
    if (!worker) return;
    let reloaded = false;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (reloaded) return;
      reloaded = true;
      window.location.reload();
    });
    worker.postMessage({ type: "SKIP_WAITING" });
  }

  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-0 z-50 flex items-center justify-center gap-3 bg-ink px-4 py-2 text-sm text-white shadow-lg"
    >
      <span>有新版本</span>
      <button type="button" onClick={update} className="inline-flex min-h-11 items-center rounded-full bg-white px-4 font-bold text-brand">
        刷新
      </button>
    </div>
  );
}
