import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { compileTrust, normalizeAddress, resolveClientAddress } from "./client-address.mjs";

// What the start wrapper hands the app as the caller's address, for a
// request from a given TCP peer with a given X-Forwarded-For.
function from(peer: string, forwardedFor?: string) {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: peer });
  return { socket, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } };
}

describe("the client's address", () => {
  it("with no trusted proxies (the default) is the TCP peer, whatever X-Forwarded-For says", () => {
    const trust = compileTrust(undefined);
    expect(resolveClientAddress(from("198.51.100.20", "1.2.3.4"), trust)).toBe("198.51.100.20");
    expect(resolveClientAddress(from("198.51.100.20", "1.2.3.4, 5.6.7.8"), compileTrust(""))).toBe("198.51.100.20");
    // A fresh made-up header on every try still counts against one address.
    const seen = new Set(Array.from({ length: 20 }, (_, i) => resolveClientAddress(from("198.51.100.20", `10.0.0.${i}`), trust)));
    expect([...seen]).toEqual(["198.51.100.20"]);
  });

  it("ignores the header when the peer is not one of the trusted proxies", () => {
    const trust = compileTrust("10.0.0.5");
    expect(resolveClientAddress(from("203.0.113.50", "1.2.3.4"), trust)).toBe("203.0.113.50");
  });

  it("behind trusted proxies takes the rightmost hop that is not one of them, never the leftmost", () => {
    const trust = compileTrust("10.0.0.0/8, 192.168.1.1");
    // client forged "6.6.6.6", the real client 203.0.113.9 reached proxy 10.1.1.1, which reached 192.168.1.1, which reached us.
    expect(resolveClientAddress(from("192.168.1.1", "6.6.6.6, 203.0.113.9, 10.1.1.1"), trust)).toBe("203.0.113.9");
    // Only trusted hops: the leftmost one is as far as the chain can be believed.
    expect(resolveClientAddress(from("192.168.1.1", "10.2.2.2"), trust)).toBe("10.2.2.2");
  });

  it("with a hop count trusts exactly that many proxies in front", () => {
    expect(resolveClientAddress(from("172.16.0.1", "6.6.6.6, 203.0.113.9"), compileTrust("1"))).toBe("203.0.113.9");
    expect(resolveClientAddress(from("172.16.0.1", "6.6.6.6, 203.0.113.9, 172.16.0.2"), compileTrust("2"))).toBe("203.0.113.9");
  });

  it("treats IPv4-mapped IPv6 and the IPv4 form as one address, and one spelling for IPv6", () => {
    expect(normalizeAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress("2001:db8:0:0:0:0:0:1")).toBe(normalizeAddress("2001:DB8::1"));
    expect(resolveClientAddress(from("::ffff:198.51.100.20", "1.2.3.4"), compileTrust(""))).toBe("198.51.100.20");
    // A trusted proxy listed in IPv4 form is recognised when the socket reports it IPv4-mapped.
    expect(resolveClientAddress(from("::ffff:10.0.0.5", "203.0.113.9"), compileTrust("10.0.0.5"))).toBe("203.0.113.9");
    expect(resolveClientAddress(from("::1", "203.0.113.9"), compileTrust("loopback"))).toBe("203.0.113.9");
  });

  it("never answers with something that is not an address", () => {
    expect(resolveClientAddress(from("10.0.0.5", "<script>, 203.0.113.9"), compileTrust("10.0.0.5"))).toBe("203.0.113.9");
    expect(resolveClientAddress(from("10.0.0.5", "not-an-ip"), compileTrust("10.0.0.5"))).toBe("unknown");
    expect(() => compileTrust("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/);
  });
});
