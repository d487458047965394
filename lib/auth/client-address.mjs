// Which address a request really came from. Only the start wrapper
// (scripts/serve.mjs) calls this, with the TCP socket in hand, and passes
// the answer on in CLIENT_ADDRESS_HEADER (overwriting whatever the client
// sent); the app reads that header through lib/auth/client-ip.ts.
//
// X-Forwarded-For is a list anyone can start: a proxy appends the address it
// saw, so only the hops our own proxies appended can be believed. Walking
// from the socket leftwards, every trusted proxy hands us to the hop before
// it; the first address that is not a trusted proxy is the client (proxy-addr,
// Express's implementation of exactly that walk). With no TRUSTED_PROXIES the
// header is ignored and the TCP peer is the client.
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-qdn-client-address";

/**
 * TRUSTED_PROXIES: empty (trust nobody; the default), a hop count ("1": the
 * one proxy in front of us, whatever its address), or a comma-separated list
 * of addresses and CIDR ranges, plus proxy-addr's names "loopback",
 * "linklocal", "uniquelocal".
 */
export function compileTrust(setting) {
  const value = String(setting ?? "").trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, index) => index < hops;
  }
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  try {
    return proxyaddr.compile(list);
  } catch (error) {
    throw new Error(`环境变量有误:\n  TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One spelling per address: IPv4-mapped IPv6 becomes IPv4, IPv6 its short form. */
export function normalizeAddress(address) {
  if (typeof address !== "string" || !ipaddr.isValid(address)) return "unknown";
  return ipaddr.process(address).toString();
}

/** The client's address for a Node request: the rightmost hop not vouched for by a trusted proxy. */
export function resolveClientAddress(req, trust) {
  if (!req.socket?.remoteAddress) return "unknown";
  try {
    return normalizeAddress(proxyaddr(req, trust));
  } catch {
    return normalizeAddress(req.socket.remoteAddress);
  }
}
