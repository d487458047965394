import type { DeviceClass } from "./device-class";
import type { ReferrerClass } from "./referrer-class";

// The counter columns of ViewHour and ViewDay (prisma/schema.prisma), named
// once: the buffer adds to them, the flush writes them, the roll-up and the
// newsroom's reads sum them.

export const REFERRER_COLUMNS = {
  baidu: "refBaidu",
  sogou: "refSogou",
  so360: "refSo360",
  shenma: "refShenma",
  bing: "refBing",
  wechat: "refWechat",
  weibo: "refWeibo",
  qq: "refQq",
  douyin: "refDouyin",
  toutiao: "refToutiao",
  push: "refPush",
  internal: "refInternal",
  direct: "refDirect",
  other: "refOther",
} as const satisfies Record<ReferrerClass, string>;

export const DEVICE_COLUMNS = { phone: "devicePhone", tablet: "deviceTablet", desktop: "deviceDesktop" } as const satisfies Record<DeviceClass, string>;

export const DEPTHS = [25, 50, 75, 100] as const;
export type Depth = (typeof DEPTHS)[number];
export const DEPTH_COLUMNS = { 25: "depth25", 50: "depth50", 75: "depth75", 100: "depth100" } as const satisfies Record<Depth, string>;

export const COUNTER_COLUMNS = [
  "views",
  "uniques",
  ...Object.values(REFERRER_COLUMNS),
  ...Object.values(DEVICE_COLUMNS),
  "appViews",
  ...Object.values(DEPTH_COLUMNS),
  "engagedSeconds",
] as const;
export type CounterColumn = (typeof COUNTER_COLUMNS)[number];
export type Counters = Record<CounterColumn, number>;

export function emptyCounters(): Counters {
  return Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, 0])) as Counters;
}

export function addCounters(into: Counters, from: Partial<Counters>): Counters {
  for (const c of COUNTER_COLUMNS) into[c] += from[c] ?? 0;
  return into;
}
