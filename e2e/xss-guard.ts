import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// The XSS corpus (test/corpora/xss-payloads.json) and the watch the XSS
// specs keep on every page they render: any payload that runs — a dialog, a
// planted element (id/data "xss"), a request to another host — fails.

const corpus = JSON.parse(readFileSync(path.join(__dirname, "..", "test", "corpora", "xss-payloads.json"), "utf8")) as { payloads: { payload: string }[] };
export const payloads = corpus.payloads.map((p) => p.payload);

/** The corpus cut into pieces of at most `max` characters (payloads joined by `separator`, none split). */
export function payloadBatches(max: number, separator = " "): string[] {
  const out: string[] = [];
  let current = "";
  for (const p of payloads) {
    const piece = p.slice(0, max);
    if (current && current.length + separator.length + piece.length > max) {
      out.push(current);
      current = piece;
    } else current = current ? `${current}${separator}${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

/** Watches a page for anything a payload could do once it ran; the returned check fails on any of it. */
export async function guard(page: Page) {
  const ran: string[] = [];
  page.on("dialog", async (dialog) => {
    ran.push(`对话框：${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    ran.push(`外部请求：${url.href}`);
    return route.abort();
  });
  return async (where: string) => {
    await page.waitForTimeout(300); // handlers of late-loading pictures
    const planted = await page.evaluate(() =>
      [...document.querySelectorAll("#xss-planted, [data-xss]")].map((el) => el.outerHTML.slice(0, 80)).concat(document.body.dataset.xss ? ["body[data-xss]"] : []),
    );
    expect([...ran, ...planted.map((p) => `植入的元素：${p}`)], where).toEqual([]);
  };
}
