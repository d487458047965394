import { BlockList, isIP } from "node:net";

// The server POSTs to whatever endpoint a browser hands in, so an endpoint is
// a request the server makes on a stranger's behalf (SSRF). Accepted: https on
// the default port to a public host, or an origin listed in
// PUSH_ENDPOINT_ORIGINS (tests). Host names are checked again when the
// message is sent, against the addresses they resolve to (safe-lookup.ts).

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NON_PUBLIC.addSubnet(net, prefix, "ipv6");
}

/** True for addresses anyone on the internet could reach; false for loopback, private, link-local and reserved ones. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // ::ffff:10.0.0.1 is 10.0.0.1 in disguise.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]);
    return !NON_PUBLIC.check(address, "ipv6");
  }
  return !NON_PUBLIC.check(address, "ipv4");
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/i;

/** Why an endpoint is refused (a message for the reader), or null when it may be used. */
export function endpointProblem(endpoint: string, allowedOrigins: readonly string[]): string | null {
  if (!URL.canParse(endpoint)) return "推送地址不是有效的网址";
  const url = new URL(endpoint);
  if (allowedOrigins.includes(url.origin)) return null;
  if (url.protocol !== "https:") return "推送地址必须是 https 地址";
  if (url.username || url.password) return "推送地址不能含用户名或密码";
  if (url.port) return "推送地址不能指定端口";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPublicAddress(host) ? null : "推送地址不能指向内网或本机";
  if (!host.includes(".") || LOCAL_NAMES.test(host)) return "推送地址不能指向内网或本机";
  return null;
}
