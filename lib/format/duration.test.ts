import { describe, expect, it } from "vitest";
import { formatClock, formatDuration, isoDuration } from "./duration";

describe("durations", () => {
  it("reads as Chinese sites write them", () => {
    expect(formatDuration(8)).toBe("8秒");
    expect(formatDuration(192)).toBe("3分12秒");
    expect(formatDuration(180)).toBe("3分0秒");
    expect(formatDuration(3725)).toBe("1小时2分5秒");
  });

  it("reads as a player's clock and as ISO 8601", () => {
    expect(formatClock(8)).toBe("00:08");
    expect(formatClock(192)).toBe("03:12");
    expect(formatClock(3725)).toBe("1:02:05");
    expect(isoDuration(192)).toBe("PT3M12S");
    expect(isoDuration(3725)).toBe("PT1H2M5S");
  });
});
