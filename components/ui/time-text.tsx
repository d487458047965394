import { formatDateTime, formatShortDate, toChinaIso } from "@/lib/format/date";

type TimeTextProps = { iso: string; format?: "datetime" | "short"; className?: string };

/** A publish time in China Standard Time, with a machine-readable dateTime. */
export function TimeText({ iso, format = "datetime", className }: TimeTextProps) {
  const date = new Date(iso);
  return (
    <time dateTime={toChinaIso(date)} className={className}>
      {format === "short" ? formatShortDate(date) : formatDateTime(date)}
    </time>
  );
}
