export function tcpRelay(target: { host: string; port: number }): { port(): number; open(): Promise<void>; cut(): Promise<void> };
