// The caller's address, for the per-address limits (sign-in, 在线投稿, 发布招聘,
// push subscriptions, view counting) and the audit log. The start wrapper
// (scripts/serve.mjs) works it out from the TCP socket and TRUSTED_PROXIES
// and writes it into CLIENT_ADDRESS_HEADER, replacing anything a client sent;
// X-Forwarded-For itself is never read here, since anyone can write it.
// Served some other way (`next dev`), every caller is "unknown".
import { CLIENT_ADDRESS_HEADER } from "./client-address.mjs";

export type HeaderBag = Record<string, string | string[] | undefined> | undefined;

export function clientIp(headers: HeaderBag | Headers): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const address = (Array.isArray(value) ? value[0] : value)?.trim();
  return address || "unknown";
}
