// The caller's address, for the per-address limits (sign-in, 在线投稿) and the
// audit log. Trusts the first X-Forwarded-For hop: deploy behind a proxy that
// overwrites that header, or the limits can be dodged.
export type HeaderBag = Record<string, string | string[] | undefined> | undefined;

/** The caller's address: the first hop a reverse proxy recorded, else unknown. */
export function clientIp(headers: HeaderBag | Headers): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers?.[name]);
  const forwarded = get("x-forwarded-for");
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = get("x-real-ip");
  return first || (Array.isArray(real) ? real[0] : real) || "unknown";
}
