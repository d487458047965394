"use client";

import { useSyncExternalStore } from "react";
import { currentReadingSize, subscribeReadingSize } from "./reading-size";
import { DataSaverSwitch } from "@/components/data-saver/data-saver-switch";
import { ReadingSizeSwitch } from "./reading-size-switch";

/**
 * The header's 长辈模式 entry on every reader page: a disclosure (works with
 * the keyboard, no script needed to open it) holding the size switch and
 * the 省流量 switch.
 */
export function ElderModeMenu() {
  const on = useSyncExternalStore(subscribeReadingSize, () => currentReadingSize() !== "off", () => false);
  return (
    <details className="sm:relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded-full border border-line px-3 text-sm font-medium text-ink hover:border-brand hover:text-brand [&::-webkit-details-marker]:hidden">
        {on ? "长辈模式·开" : "长辈模式"}
      </summary>
      {/* Under the header row on phones (the row is its containing block), under the button from sm up. */}
      <div className="absolute inset-x-4 z-20 mt-2 rounded border border-line bg-white p-3 shadow-lg sm:inset-x-auto sm:right-0 sm:w-64">
        <p className="mb-2 text-sm text-muted">字大、对比强、单栏，无动画。选择会保存在本机。</p>
        <ReadingSizeSwitch />
        {/* 省流量 sits here too: both are this device's reading preferences, applied before paint. */}
        <p className="mt-4 mb-2 border-t border-line pt-3 text-sm text-muted">省流量：图片点按后才加载，视频不取封面。</p>
        <DataSaverSwitch />
      </div>
    </details>
  );
}
