// Telling "the database is away" apart from every other failure, so the
// newsroom can say so (and that nothing typed is lost) instead of a generic
// error. Connections come back by themselves: the pool opens new ones on the
// next request once the database answers again.

export const DATABASE_UNAVAILABLE_MESSAGE = "数据库暂时不可用，请稍后重试。您填写的内容仍在页面上，没有丢失。";

/** Prisma's codes: cannot reach (P1001), connection closed (P1017), no connection from the pool in time (P2024). */
const CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** The driver adapters' error kinds for the same. */
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseUnavailable"]);
const MESSAGES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|is not currently accepting connections|terminating connection due to administrator command|Can't reach database server/i;

type Failure = { code?: string; cause?: unknown; message?: string; kind?: string; meta?: { driverAdapterError?: unknown } };

/** Looks through the error, the driver adapter's error Prisma wraps in `meta`, and their causes. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Failure | undefined, depth = 0; e && depth < 6; e = (e.meta?.driverAdapterError ?? e.cause) as Failure | undefined, depth++) {
    if ((e.code && CODES.has(e.code)) || (e.kind && KINDS.has(e.kind)) || MESSAGES.test(e.message ?? "")) return true;
    if (typeof e !== "object") break;
  }
  return false;
}
