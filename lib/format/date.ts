// Dates as a reader in China expects them, in China Standard Time whatever
// time zone the server runs in. Intl does the zone arithmetic; the parts are
// assembled by hand because the locale's own patterns use slashes.
const TIME_ZONE = "Asia/Shanghai";

const partsFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

function chinaParts(date: Date): Parts {
  const out: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(date)) out[p.type] = p.value;
  return out as Parts;
}

/** 2009-08-21 10:26 */
export function formatDateTime(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2009-08-21 10:26:15, as the article page's meta line shows it. */
export function formatDateTimeWithSeconds(date: Date): string {
  return `${formatDateTime(date)}:${chinaParts(date).second}`;
}

/** 2009-08-21 */
export function formatDate(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 8月21日 */
export function formatMonthDay(date: Date): string {
  const p = chinaParts(date);
  return `${Number(p.month)}月${Number(p.day)}日`;
}

/** 08-21, for dense lists. */
export function formatShortDate(date: Date): string {
  const p = chinaParts(date);
  return `${p.month}-${p.day}`;
}

/** 2026年11月29日 星期日, for the masthead. */
export function formatLongDate(date: Date): string {
  const p = chinaParts(date);
  const weekday = new Intl.DateTimeFormat("zh-CN", { timeZone: TIME_ZONE, weekday: "long" }).format(date);
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${weekday}`;
}

/** ISO 8601 with the +08:00 offset, for <time dateTime> and structured data. */
export function toChinaIso(date: Date): string {
  const p = chinaParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+08:00`;
}

/**
 * Reads a wall-clock time in China ("2009-08-21 10:26:15") as an instant.
 * China has kept UTC+8 without daylight saving since 1991.
 */
export function parseChinaDateTime(text: string): Date | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 8, Number(mi), Number(s));
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date;
}
