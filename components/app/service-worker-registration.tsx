"use client";

import { useEffect, useState } from "react";
import { DATA_SAVER_ATTRIBUTE } from "@/lib/client/data-saver/data-saver-mode";
import { sameWorkerApartFromDataSaver, workerScriptUrl } from "@/lib/client/pwa/worker-url";

/**
 * Registers the service worker (/sw.js, app/sw.ts; /sw.js?saver=1 in 省流量) once the page has loaded,
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
      // In 省流量 the worker precaches nothing (lib/client/pwa/worker-url.ts).
      const dataSaver = document.documentElement.hasAttribute(DATA_SAVER_ATTRIBUTE);
      container
        .register(workerScriptUrl(dataSaver), { scope: "/" })
        .then((registration) => {
          // A worker that waits while another one controls this page is an update,
          // unless it is the same build with 省流量 switched: that one takes over quietly.
          const check = () => {
            const next = registration.waiting;
            if (cancelled || !next || !container.controller) return;
            if (sameWorkerApartFromDataSaver(next.scriptURL, container.controller.scriptURL)) next.postMessage({ type: "SKIP_WAITING" });
            else setWaiting(next);
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
