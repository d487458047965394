import { describe, expect, it } from "vitest";
import { sameWorkerApartFromDataSaver, workerIsDataSaver, workerScriptUrl } from "./worker-url";

describe("the service worker's script URL", () => {
  it("carries the 省流量 flag only in 省流量", () => {
    expect(workerScriptUrl(false)).toBe("/sw.js");
    expect(workerScriptUrl(true)).toBe("/sw.js?saver=1");
    expect(workerIsDataSaver("https://qdn.example/sw.js?saver=1")).toBe(true);
    expect(workerIsDataSaver("https://qdn.example/sw.js")).toBe(false);
  });

  it("tells a switch of 省流量 from a new version", () => {
    expect(sameWorkerApartFromDataSaver("https://a.cn/sw.js", "https://a.cn/sw.js?saver=1")).toBe(true);
    expect(sameWorkerApartFromDataSaver("https://a.cn/sw.js?saver=1", "https://a.cn/sw.js")).toBe(true);
    expect(sameWorkerApartFromDataSaver("https://a.cn/sw.js", "https://a.cn/sw.js?v=next")).toBe(false);
  });
});
