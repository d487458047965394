import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkLoginThrottle, recordLoginAttempt, throttleKeys, waitMessage } from "./login-throttle";

describe("sign-in throttle", () => {
  it("lets five failures through, then makes each further try wait longer", async () => {
    const keys = throttleKeys(`guess-${Date.now()}`, "203.0.113.9");
    for (let i = 0; i < 5; i++) {
      expect(await checkLoginThrottle(keys)).toEqual({ allowed: true });
      await recordLoginAttempt(keys, false);
    }
    const blocked = await checkLoginThrottle(keys);
    expect(blocked).toMatchObject({ allowed: false });
    if (!blocked.allowed) expect(blocked.retryAfterSeconds).toBeGreaterThan(25);
    // Later, one more try is allowed; failing it doubles the wait.
    expect(await checkLoginThrottle(keys, Date.now() + 31_000)).toEqual({ allowed: true });
    await recordLoginAttempt(keys, false);
    const longer = await checkLoginThrottle(keys);
    if (!longer.allowed) expect(longer.retryAfterSeconds).toBeGreaterThan(55);
    else throw new Error("应当被限制");
  });

  it("limits by address too, whatever the account name", async () => {
    const ip = `198.51.100.${Date.now() % 200}`;
    for (let i = 0; i < 5; i++) await recordLoginAttempt(throttleKeys(`name-${i}-${Date.now()}`, ip), false);
    expect((await checkLoginThrottle(throttleKeys("someone-new", ip))).allowed).toBe(false);
  });

  it("a successful sign-in clears the account's count", async () => {
    const keys = throttleKeys(`ok-${Date.now()}`, `192.0.2.${Date.now() % 200}`);
    for (let i = 0; i < 5; i++) await recordLoginAttempt(keys, false);
    await recordLoginAttempt(keys, true);
    await recordLoginAttempt(keys, false);
    expect(await checkLoginThrottle(keys)).toEqual({ allowed: true });
    expect(await db.loginAttempt.count({ where: { key: keys[0] } })).toBe(7);
  });

  it("says how long to wait in plain words", () => {
    expect(waitMessage(30)).toContain("30 秒后再试");
    expect(waitMessage(600)).toContain("10 分钟后再试");
  });
});
