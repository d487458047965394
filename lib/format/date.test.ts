import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDateTimeWithSeconds, formatMonthDay, parseChinaDateTime, toChinaIso } from "./date";

describe("dates in China Standard Time", () => {
  // 2009-08-21 02:26:15 UTC is 10:26:15 in Beijing.
  const instant = new Date(Date.UTC(2009, 7, 21, 2, 26, 15));

  it("formats the forms Chinese readers expect", () => {
    expect(formatDateTime(instant)).toBe("2009-08-21 10:26");
    expect(formatDateTimeWithSeconds(instant)).toBe("2009-08-21 10:26:15");
    expect(formatDate(instant)).toBe("2009-08-21");
    expect(formatMonthDay(instant)).toBe("8月21日");
    expect(toChinaIso(instant)).toBe("2009-08-21T10:26:15+08:00");
  });

  it("rolls the date over at midnight in Beijing, not in UTC", () => {
    // 16:30 UTC on the 20th is already the 21st in Beijing.
    const lateUtc = new Date(Date.UTC(2009, 7, 20, 16, 30));
    expect(formatDate(lateUtc)).toBe("2009-08-21");
    expect(formatMonthDay(lateUtc)).toBe("8月21日");
    expect(formatDateTime(lateUtc)).toBe("2009-08-21 00:30");
  });

  it("reads a wall-clock time in Beijing back to the same instant", () => {
    expect(parseChinaDateTime("2009-08-21 10:26:15")?.toISOString()).toBe(instant.toISOString());
    expect(parseChinaDateTime("2009-8-21")?.toISOString()).toBe("2009-08-20T16:00:00.000Z");
    expect(parseChinaDateTime("昨天")).toBeNull();
  });
});
