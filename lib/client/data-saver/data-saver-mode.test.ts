import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { APPLY_DATA_SAVER_SCRIPT } from "./apply-script";
import { type ConnectionHint, DATA_SAVER_CHOICES, dataSaverActive, parseDataSaverChoice } from "./data-saver-mode";

const CONNECTIONS: ConnectionHint[] = [
  undefined,
  { saveData: false, effectiveType: "4g" },
  { saveData: true, effectiveType: "4g" },
  { saveData: false, effectiveType: "3g" },
  { saveData: false, effectiveType: "2g" },
  { effectiveType: "slow-2g" },
];

describe("省流量 mode", () => {
  it("自动 follows Save-Data and 2G-class connections; 开 and 关 ignore the connection", () => {
    expect(dataSaverActive("auto", undefined)).toBe(false);
    expect(dataSaverActive("auto", { saveData: true })).toBe(true);
    expect(dataSaverActive("auto", { effectiveType: "slow-2g" })).toBe(true);
    expect(dataSaverActive("auto", { effectiveType: "2g" })).toBe(true);
    expect(dataSaverActive("auto", { saveData: false, effectiveType: "3g" })).toBe(false);
    for (const c of CONNECTIONS) {
      expect(dataSaverActive("on", c)).toBe(true);
      expect(dataSaverActive("off", c)).toBe(false);
    }
  });

  it("reads anything unknown or missing as 自动", () => {
    expect(parseDataSaverChoice("on")).toBe("on");
    expect(parseDataSaverChoice("off")).toBe("off");
    expect(parseDataSaverChoice("auto")).toBe("auto");
    expect(parseDataSaverChoice(null)).toBe("auto");
    expect(parseDataSaverChoice("1")).toBe("auto");
  });
});

/** Runs the inline script against a stand-in document; returns the <html> attribute it set and the click listener. */
function runScript(stored: string | null, connection: ConnectionHint, storageThrows = false) {
  const attributes = new Map<string, string>();
  let click: ((e: unknown) => void) | undefined;
  runInNewContext(APPLY_DATA_SAVER_SCRIPT, {
    localStorage: {
      getItem: () => {
        if (storageThrows) throw new Error("blocked");
        return stored;
      },
    },
    navigator: connection ? { connection } : {},
    document: {
      documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) },
      addEventListener: (_type: string, listener: (e: unknown) => void) => (click = listener),
    },
  });
  return { attributes, click };
}

describe("the pre-paint script", () => {
  it("applies the same rule as dataSaverActive for every choice and connection", () => {
    for (const { value } of DATA_SAVER_CHOICES) {
      for (const connection of CONNECTIONS) {
        const { attributes } = runScript(value, connection);
        expect(attributes.has("data-saver"), `${value} ${JSON.stringify(connection)}`).toBe(dataSaverActive(value, connection));
      }
    }
  });

  it("falls back to 自动 when storage is blocked", () => {
    expect(runScript(null, { saveData: true }, true).attributes.get("data-saver")).toBe("on");
    expect(runScript(null, undefined, true).attributes.has("data-saver")).toBe(false);
  });

  it("marks the tapped placeholder's picture as shown", () => {
    const picture = { attributes: new Map<string, string>(), setAttribute(k: string, v: string) { this.attributes.set(k, v); } };
    const button = { closest: (s: string) => (s === "[data-saver-picture]" ? picture : null) };
    const target = { closest: (s: string) => (s === "[data-saver-load]" ? button : null) };
    const { click } = runScript("on", undefined);
    click?.({ target });
    expect(picture.attributes.has("data-saver-shown")).toBe(true);
    expect(() => click?.({ target: { closest: () => null } })).not.toThrow();
  });
});
