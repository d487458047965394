"use client";

import { useSyncExternalStore } from "react";
import { READING_SIZES, type ReadingSize, currentReadingSize, setReadingSize, subscribeReadingSize } from "./reading-size";

type ReadingSizeSwitchProps = { className?: string };

/** 长辈模式's sizes as one group of toggle buttons: 标准, 大, 较大, 特大. */
export function ReadingSizeSwitch({ className = "" }: ReadingSizeSwitchProps) {
  const size = useSyncExternalStore<ReadingSize>(subscribeReadingSize, currentReadingSize, () => "off");
  return (
    <div role="group" aria-label="长辈模式字号" className={`flex flex-wrap gap-2 ${className}`}>
      {READING_SIZES.map((s) => (
        <button
          key={s.value}
          type="button"
          aria-pressed={size === s.value}
          onClick={() => setReadingSize(s.value)}
          className="min-h-11 min-w-11 rounded border border-line px-3 text-sm aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
