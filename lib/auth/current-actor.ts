import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { type Actor, isRole } from "./roles";
import { isSessionEndReason, SESSION_END_REASONS } from "./session-end";

/** What the sign-in cookie amounts to on this request. */
export type SessionState =
  | { kind: "signed-in"; actor: Actor }
  | { kind: "signed-out" }
  /** A token that was valid once: its sessions were ended since, and `message` says why. */
  | { kind: "ended"; message: string };

/**
 * The signed-in newsroom user, fresh from the database, or null. A token
 * whose session version is older than the user's (password changed, account
 * deactivated, role or sections changed, 退出所有设备) counts as signed out.
 * Reads cookies: call it only in the newsroom, never in a public page (that
 * would make the page uncacheable).
 */
export async function getCurrentActor(): Promise<Actor | null> {
  const state = await getSessionState();
  return state.kind === "signed-in" ? state.actor : null;
}

export async function getSessionState(): Promise<SessionState> {
  const session = await getServerSession(authOptions);
  return sessionStateOf(session?.user as SessionClaims | undefined);
}

/** What a sign-in token says: the user id and the session version it was issued with. */
export type SessionClaims = { id?: number; sv?: number };

/** The session a token amounts to now, judged against the user's row. */
export async function sessionStateOf(user: SessionClaims | undefined): Promise<SessionState> {
  if (!user?.id) return { kind: "signed-out" };
  const row = await findUser(user.id);
  if (!row) return { kind: "signed-out" };
  // Tokens issued before session versions existed carry none: they end too.
  if (user.sv !== row.sessionVersion) {
    return { kind: "ended", message: isSessionEndReason(row.sessionEndedReason) ? SESSION_END_REASONS[row.sessionEndedReason] : "登录已失效，请重新登录。" };
  }
  const actor = toActor(row);
  return actor ? { kind: "signed-in", actor } : { kind: "ended", message: SESSION_END_REASONS.deactivated };
}

function findUser(id: number) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      sessionVersion: true,
      sessionEndedReason: true,
      sections: { select: { sectionId: true } },
    },
  });
}

function toActor(user: NonNullable<Awaited<ReturnType<typeof findUser>>>): Actor | null {
  if (!user.active || !isRole(user.role)) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sectionIds: user.sections.map((s) => s.sectionId),
  };
}

/** The user as an actor, whatever session asked (tests, scripts): null when inactive or unknown. */
export async function loadActor(id: number): Promise<Actor | null> {
  const user = await findUser(id);
  return user ? toActor(user) : null;
}

/** For newsroom pages: the actor, or a redirect to the sign-in page (which says why when a session was ended). */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/newsroom/sign-in");
  return actor;
}
