import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/newsroom/audit";
import { clientIp, type HeaderBag } from "./client-ip";
import { checkLoginThrottle, recordLoginAttempt, throttleKeys, waitMessage } from "./login-throttle";
import { verifyPassword } from "./password";

export const INVALID_LOGIN = "用户名或密码错误";

export const authOptions: NextAuthOptions = {
  // A newsroom session lasts one working day.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/newsroom/sign-in", error: "/newsroom/sign-in" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const username = String(credentials?.username ?? "").trim().slice(0, 60);
        const password = String(credentials?.password ?? "").slice(0, 200);
        if (!username || !password) throw new Error(INVALID_LOGIN);
        const ip = clientIp(req?.headers as HeaderBag);
        const keys = throttleKeys(username, ip);
        const verdict = await checkLoginThrottle(keys);
        if (!verdict.allowed) throw new Error(waitMessage(verdict.retryAfterSeconds));

        const user = await db.user.findUnique({ where: { username } });
        const ok = !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, password));
        await recordLoginAttempt(keys, ok);
        if (!ok || !user) throw new Error(INVALID_LOGIN);
        await recordAudit({ userId: user.id, action: "sign-in", ip });
        return { id: String(user.id), name: user.displayName };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token: role, sections and whether the
    // account is still active are read from the database on every request
    // (lib/auth/current-actor.ts), so a demotion takes effect at once.
    async jwt({ token, user }) {
      if (user) token.uid = Number(user.id);
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: number }).id = token.uid as number;
      return session;
    },
  },
};
