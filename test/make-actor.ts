import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

/** A newsroom account in the test database, as the commands see it. */
export async function makeActor(username: string, role: Role, sectionIds: number[]): Promise<Actor> {
  const user = await db.user.create({
    data: { username, displayName: username, role, sections: { create: sectionIds.map((sectionId) => ({ sectionId })) } },
  });
  return { id: user.id, username, displayName: username, role, sectionIds };
}
