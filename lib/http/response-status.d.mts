import type { IncomingMessage, ServerResponse } from "node:http";

export const REQUEST_ID_HEADER: string;
export function requestResponseStatus(requestId: string | null | undefined, status: number, headers?: Record<string, string>): void;
export function trackResponseStatus(req: IncomingMessage, res: ServerResponse): void;
