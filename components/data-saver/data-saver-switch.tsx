"use client";

import { useSyncExternalStore } from "react";
import { DATA_SAVER_CHOICES, type DataSaverChoice } from "@/lib/client/data-saver/data-saver-mode";
import { currentDataSaverChoice, dataSaverOn, setDataSaverChoice, subscribeDataSaver } from "./data-saver-store";

type DataSaverSwitchProps = { className?: string };

/** 省流量's three states as one group of toggle buttons: 自动, 开, 关; says whether it is on now. */
export function DataSaverSwitch({ className = "" }: DataSaverSwitchProps) {
  const choice = useSyncExternalStore<DataSaverChoice | null>(subscribeDataSaver, currentDataSaverChoice, () => null);
  const on = useSyncExternalStore(subscribeDataSaver, dataSaverOn, () => false);
  return (
    <div className={className}>
      <div role="group" aria-label="省流量" className="flex flex-wrap gap-2">
        {DATA_SAVER_CHOICES.map((c) => (
          <button
            key={c.value}
            type="button"
            aria-pressed={choice === c.value}
            onClick={() => setDataSaverChoice(c.value)}
            className="min-h-11 min-w-11 rounded border border-line px-3 text-sm aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
          >
            {c.label}
          </button>
        ))}
      </div>
      <p className="mt-2 text-sm text-muted" aria-live="polite">
        {choice === null ? "" : on ? "省流量已开启：图片点按后才加载。" : "省流量未开启。"}
      </p>
    </div>
  );
}
