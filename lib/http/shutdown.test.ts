import { describe, expect, it } from "vitest";
import { onShutdown, runShutdownHooks } from "./shutdown.mjs";

describe("shutdown hooks", () => {
  it("runs every hook and waits for them", async () => {
    const done: string[] = [];
    onShutdown("test-a", async () => {
      await new Promise((r) => setTimeout(r, 50));
      done.push("a");
    });
    onShutdown("test-b", async () => void done.push("b"));
    expect(await runShutdownHooks(2_000)).toEqual([]);
    expect(done.sort()).toEqual(["a", "b"]);
  });

  it("names a hook that failed or did not finish in time, and does not wait for it", async () => {
    onShutdown("test-a", async () => {
      throw new Error("磁盘已满");
    });
    onShutdown("test-b", () => new Promise(() => {}));
    // A hook that never settles: the run still ends, after the time given.
    expect((await runShutdownHooks(200)).sort()).toEqual(["test-a", "test-b"]);
    onShutdown("test-a", async () => {});
    onShutdown("test-b", async () => {});
  });
});
