export function onShutdown(name: string, hook: () => Promise<unknown>): void;
export function runShutdownHooks(timeoutMs: number): Promise<string[]>;
