"use client";

import { useState } from "react";

/** 复制 for a feed address; the address stays selectable beside it where the clipboard is refused. */
export function CopyUrlButton({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={`复制${label}的订阅地址`}
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-full border border-line px-4 text-sm hover:border-brand hover:text-brand"
      >
        {copied ? "已复制" : "复制"}
      </button>
      <span role="status" className="sr-only">
        {copied ? `${label}的订阅地址已复制` : ""}
      </span>
    </>
  );
}
