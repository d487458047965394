// Newsroom roles, from most to least powerful.
export const ROLES = ["admin", "chief", "editor", "reporter"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "管理员",
  chief: "总编",
  editor: "编辑",
  reporter: "记者/通讯员",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is acting: what every permission check and mutation is given. */
export type Actor = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Sections an editor may publish in. */
  sectionIds: number[];
};
