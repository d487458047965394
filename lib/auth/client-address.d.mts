import type { IncomingMessage } from "node:http";

export type Trust = (address: string, index: number) => boolean;
export declare const CLIENT_ADDRESS_HEADER: string;
export declare function compileTrust(setting: string | undefined): Trust;
export declare function normalizeAddress(address: string | undefined): string;
export declare function resolveClientAddress(req: Pick<IncomingMessage, "socket" | "headers">, trust: Trust): string;
