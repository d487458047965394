import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./auth-options";

/**
 * Re-issues this request's sign-in token with a new session version, so the
 * device that ended the account's other sessions (修改密码) stays signed in.
 * Only the version changes; the token is read and written with next-auth's
 * own codec and secret. False when there is no token to carry over.
 */
export async function reissueSessionToken(sessionVersion: number): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  const jar = await cookies();
  const current = jar.get(sessionCookie.name)?.value;
  if (!secret || !current) return false;
  const token = await decode({ token: current, secret });
  if (!token) return false;
  const fresh = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(sessionCookie.name, fresh, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE_SECONDS });
  return true;
}
