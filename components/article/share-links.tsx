"use client";

import { useState, useSyncExternalStore } from "react";

type ShareLinksProps = { path: string; title: string };

// The address the reader is on, not one rendered on the server: the page is
// cached and may be served under any host name the site answers to.
const noSubscription = () => () => {};
const pageOrigin = () => window.location.origin;
const noOrigin = () => "";
const canShare = () => typeof navigator.share === "function";
const cannotShare = () => false;

/**
 * 分享 (the phone's own share sheet, where the browser has the Web Share
 * API), 复制链接 and 微博. WeChat has no share URL on the web: readers paste
 * the copied link, so the URL is short and stable.
 */
export function ShareLinks({ path, title }: ShareLinksProps) {
  const [message, setMessage] = useState("");
  const origin = useSyncExternalStore(noSubscription, pageOrigin, noOrigin);
  const sharable = useSyncExternalStore(noSubscription, canShare, cannotShare);
  const url = `${origin}${path}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("链接已复制，可粘贴到微信");
    } catch {
      setMessage(`请手动复制：${url}`);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch (e) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(e instanceof DOMException && e.name === "AbortError")) await copy();
    }
  }

  const weibo = `https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
  const button = "inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:border-brand hover:text-brand";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">分享：</span>
      {sharable ? (
        <button type="button" onClick={share} className={button}>
          分享给好友
        </button>
      ) : null}
      <button type="button" onClick={copy} className={button}>
        复制链接
      </button>
      <a href={weibo} target="_blank" rel="noopener noreferrer" className={button}>
        微博
      </a>
      <span role="status" className="text-xs text-muted">
        {message}
      </span>
    </div>
  );
}
