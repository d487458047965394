import type { IncomingMessage, ServerResponse } from "node:http";
export type BeaconRequest = { body: string | null; userAgent: string; host: string; address: string };
export type BeaconAnswer = { status: number; message?: string };
export type BeaconHandler = { path: string; maxBytes: number; accept: (request: BeaconRequest) => Promise<BeaconAnswer> };
export function provideBeaconHandler(handler: BeaconHandler): void;
export function answerBeacon(req: IncomingMessage, res: ServerResponse): boolean;
