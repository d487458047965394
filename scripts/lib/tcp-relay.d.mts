export function tcpRelay(target: { host: string; port: number }): { port(): number; open(): Promise<void>; cut(): Promise<void> };
export function relayedUrl(url: string, defaultPort: number): Promise<{ relay: ReturnType<typeof tcpRelay>; url: string }>;
