// What a newsroom command can refuse with. Server actions turn these into
// the messages a form shows; anything else is logged and reported as a
// generic failure, never as a stack trace.
export type CommandErrorCode = "unauthenticated" | "forbidden" | "not-found" | "conflict" | "invalid";

export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "CommandError";
  }
}

export const notSignedIn = () => new CommandError("unauthenticated", "请先登录编辑部");
export const forbidden = (what: string) => new CommandError("forbidden", `没有权限：${what}`);
export const notFound = (what: string) => new CommandError("not-found", `${what}不存在或已被删除`);
