"use client";

import { useState } from "react";

type ShareLinksProps = { url: string; title: string };

/**
 * 复制链接 and 微博. WeChat has no share URL on the web: readers paste the
 * copied link, so the canonical URL is short and stable.
 */
export function ShareLinks({ url, title }: ShareLinksProps) {
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage("链接已复制，可粘贴到微信");
    } catch {
      setMessage(`请手动复制：${url}`);
    }
  }

  const weibo = `https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=${encodeURIComponent(title)}`;
  const button = "inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:border-brand hover:text-brand";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">分享：</span>
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
