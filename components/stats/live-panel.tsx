"use client";

import { useEffect, useState } from "react";
import type { LiveReadership } from "@/lib/views/stats-types";

const POLL_MS = 10_000;

/** 实时: refreshed about every 10 seconds without reloading the page. */
export function LivePanel({ initial, endpoint }: { initial: LiveReadership; endpoint: string }) {
  const [live, setLive] = useState(initial);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(endpoint, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        if (!stopped) {
          setLive((await response.json()) as LiveReadership);
          setStale(false);
        }
      } catch {
        if (!stopped) setStale(true);
      }
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void poll();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [endpoint]);

  const totalRefs = live.referrers.reduce((n, r) => n + r.views, 0);
  return (
    <section aria-labelledby="live-heading" className="rounded border border-line bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="live-heading" className="text-lg font-bold">
          实时
        </h2>
        <p className="text-xs text-muted">
          每10秒更新 · {new Date(live.at).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}
          {stale ? "（连接中断，显示的是上次的数据）" : ""}
        </p>
      </div>
      <p className="mt-2" aria-live="polite">
        <span className="text-4xl font-bold tabular-nums" data-testid="live-readers">
          {live.readers}
        </span>{" "}
        <span className="text-sm text-muted">{live.readersAreDistinct ? "位读者（最近5分钟）" : "次阅读（最近5分钟，您负责的内容）"}</span>
      </p>
      <div className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h3 className="mb-1 font-bold">正在被阅读</h3>
          {live.items.length === 0 ? (
            <p className="text-sm text-muted">最近30分钟没有阅读。</p>
          ) : (
            <table className="w-full text-sm">
              <thead>
                <tr>
                  <th scope="col" className="px-2 py-1 text-left">标题</th>
                  <th scope="col" className="px-2 py-1 text-left">频道</th>
                  <th scope="col" className="px-2 py-1 text-right">5分钟</th>
                  <th scope="col" className="px-2 py-1 text-left">30分钟走势</th>
                </tr>
              </thead>
              <tbody data-testid="live-items">
                {live.items.map((item) => (
                  <tr key={item.key} className="border-t border-line/50">
                    <td className="px-2 py-1">
                      <a href={item.href} className="hover:text-brand hover:underline">
                        {item.title}
                      </a>
                    </td>
                    <td className="px-2 py-1">{item.channel}</td>
                    <td className="px-2 py-1 text-right tabular-nums">{item.recent}</td>
                    <td className="px-2 py-1">
                      <Sparkline values={item.spark} label={`${item.title}：最近30分钟每分钟 ${item.spark.join("、")} 次`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h3 className="mb-1 font-bold">来源（最近5分钟）</h3>
          <table className="w-full text-sm" data-testid="live-referrers">
            <tbody>
              {live.referrers.map((r) => (
                <tr key={r.label}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">{r.label}</th>
                  <td className="w-1/2 px-2 py-1">
                    <span aria-hidden className="block h-2 rounded bg-brand" style={{ width: `${(r.views / Math.max(totalRefs, 1)) * 100}%` }} />
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">{r.views}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/** A minute-by-minute line, drawn as SVG: thirty numbers need no chart library. */
function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const points = values.map((v, i) => `${(i / Math.max(values.length - 1, 1)) * 100},${20 - (v / max) * 18}`).join(" ");
  return (
    <svg viewBox="0 0 100 20" className="h-5 w-28" role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" className="text-brand" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
