import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { type Actor, isRole } from "./roles";

/**
 * The signed-in newsroom user, fresh from the database, or null. Reads
 * cookies: call it only in the newsroom, never in a public page (that would
 * make the page uncacheable).
 */
export async function getCurrentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: number } | undefined)?.id;
  if (!id) return null;
  return loadActor(id);
}

export async function loadActor(id: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, username: true, displayName: true, role: true, active: true, sections: { select: { sectionId: true } } },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sectionIds: user.sections.map((s) => s.sectionId),
  };
}

/** For newsroom pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/newsroom/sign-in");
  return actor;
}
