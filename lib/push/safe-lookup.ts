import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isPublicAddress } from "./endpoint-policy";

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for outgoing push requests that refuses host names resolving to
 * non-public addresses. The check happens on the connection itself, so a name
 * that pointed somewhere public when the reader subscribed and points inside
 * the network now (DNS rebinding) is still refused.
 */
export function publicOnlyLookup(hostname: string, options: LookupOptions, callback: Callback) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    const refused = list.find((a) => !isPublicAddress(a.address));
    if (refused || list.length === 0) {
      const err: NodeJS.ErrnoException = new Error(`推送地址 ${hostname} 解析到非公网地址 ${refused?.address ?? "（无）"}`);
      err.code = "EPUSHADDRESS";
      return callback(err, []);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}
