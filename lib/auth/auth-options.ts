import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/newsroom/audit";
import { clientIp, type HeaderBag } from "./client-ip";
import { throttledLoginAttempt, throttleKeys, waitMessage } from "./login-throttle";
import { verifyPassword } from "./password";

export const INVALID_LOGIN = "用户名或密码错误";

// The sign-in cookie: never readable by scripts, not sent on cross-site
// subrequests or POSTs, and only over https when the site is served so.
const secureCookies = (env.SITE_URL ?? "").startsWith("https://");
export const sessionCookie = {
  name: `${secureCookies ? "__Secure-" : ""}next-auth.session-token`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies },
};

/** A newsroom session lasts one working day. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies,
  cookies: { sessionToken: sessionCookie },
  pages: { signIn: "/newsroom/sign-in", error: "/newsroom/sign-in" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        try {
          return await signInWithPassword(credentials, req?.headers as HeaderBag);
        } catch (error) {
          if (error instanceof SignInRefused) throw error;
          // next-auth shows a thrown message on the sign-in page: never a database error.
          const ref = randomUUID().slice(0, 8);
          console.error(`[sign-in ${ref}]`, error);
          throw new Error(`登录暂时无法完成，请稍后重试（错误编号 ${ref}）`);
        }
      },
    }),
  ],
  callbacks: {
    // Only the user id and the session version travel in the token: role,
    // sections and whether the account is still active are read from the
    // database on every request (lib/auth/current-actor.ts), so a demotion
    // takes effect at once, and a raised version ends the session.
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) Object.assign(session.user, { id: token.uid as number, sv: token.sv as number | undefined });
      return session;
    },
  },
};

/** A refusal the sign-in page may show as it is (wrong password, throttled). */
class SignInRefused extends Error {}

async function signInWithPassword(credentials: Record<string, string> | undefined, headers: HeaderBag) {
  const username = String(credentials?.username ?? "").trim().slice(0, 60);
  const password = String(credentials?.password ?? "").slice(0, 200);
  if (!username || !password) throw new SignInRefused(INVALID_LOGIN);
  const ip = clientIp(headers);
  const user = await db.user.findUnique({ where: { username } });
  const attempt = await throttledLoginAttempt(throttleKeys(username, ip), async () => !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, password)));
  if (!attempt.allowed) throw new SignInRefused(waitMessage(attempt.retryAfterSeconds));
  if (!attempt.ok || !user) throw new SignInRefused(INVALID_LOGIN);
  await recordAudit({ userId: user.id, action: "sign-in", ip });
  return { id: String(user.id), name: user.displayName, sv: user.sessionVersion };
}
