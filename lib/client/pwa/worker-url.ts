// Which service worker a page registers. In 省流量 it is the same script
// under `?saver=1`, which tells the worker (app/sw.ts) to precache nothing.
// Browsers treat another script URL as a new version; one that differs from
// the running worker only in this flag is the same build, so the page lets
// it take over quietly instead of offering 「有新版本」.

export const WORKER_PATH = "/sw.js";
const SAVER_PARAM = "saver";

export function workerScriptUrl(dataSaver: boolean): string {
  return dataSaver ? `${WORKER_PATH}?${SAVER_PARAM}=1` : WORKER_PATH;
}

/** Read by the worker from its own script URL. */
export function workerIsDataSaver(scriptUrl: string): boolean {
  return new URL(scriptUrl, "http://x").searchParams.get(SAVER_PARAM) === "1";
}

/** Two script URLs of the same worker that differ at most in the 省流量 flag. */
export function sameWorkerApartFromDataSaver(a: string, b: string): boolean {
  const strip = (u: string) => {
    const url = new URL(u, "http://x");
    url.searchParams.delete(SAVER_PARAM);
    return url.href;
  };
  return strip(a) === strip(b);
}
