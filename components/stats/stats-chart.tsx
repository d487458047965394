"use client";

import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { StatsTable } from "@/lib/views/stats-table";

// Only the pieces used (core, three chart types, grid, tooltip, legend,
// canvas): ECharts' tree-shaken form. Imported statically by this
// newsroom-only component, so the chunk is listed under the newsroom's
// routes alone: never part of a reader's page, and left out of the APP's
// precache (scripts/lib/precache-exclusions.mjs).
echarts.use([LineChart, BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** Draws a stats table with Apache ECharts; the table beside it carries the numbers. */
export function StatsChart({ table }: { table: Pick<StatsTable, "title" | "columns" | "rows" | "chart"> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || table.chart === "none") return;
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption(chartOption(table));
    const resize = () => chart.resize();
    addEventListener("resize", resize);
    return () => {
      removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [table]);
  if (table.chart === "none") return null;
  return <div ref={box} role="img" aria-label={`${table.title}（图表，数字见旁边的表格）`} data-chart={table.chart} className="h-64 w-full" />;
}

/** The table's label column on the x axis, each number column a series. */
function chartOption({ columns, rows, chart }: Pick<StatsTable, "columns" | "rows" | "chart">) {
  const labels = rows.map((r) => String(r[0]));
  const numeric = columns.map((_, i) => i).filter((i) => i > 0 && rows.length > 0 && rows.every((r) => typeof r[i] === "number"));
  const textStyle = { fontFamily: "system-ui, sans-serif" };
  if (chart === "pie") {
    const i = numeric[0] ?? 1;
    return {
      textStyle,
      tooltip: { trigger: "item" },
      legend: { bottom: 0 },
      series: [{ type: "pie", radius: ["35%", "65%"], data: rows.map((r) => ({ name: String(r[0]), value: Number(r[i]) })) }],
    };
  }
  return {
    textStyle,
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 56 },
    xAxis: { type: "category", data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: "value", minInterval: 1 },
    series: numeric.map((i) => ({
      name: columns[i],
      type: chart === "line" ? "line" : "bar",
      data: rows.map((r) => Number(r[i])),
      smooth: chart === "line",
      showSymbol: false,
      ...(columns[i].startsWith("上一周期") ? { lineStyle: { type: "dashed" } } : {}),
    })),
  };
}
