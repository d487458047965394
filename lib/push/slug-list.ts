// PushSubscription.sections and .topics: the chosen slugs joined by commas
// (slugs never contain commas). No section chosen means every section; no
// topic chosen means no topic's pushes beyond the sections'.

type ListColumn = "sections" | "topics";

export function joinSlugs(slugs: readonly string[]): string {
  return [...new Set(slugs)].sort().join(",");
}

export function splitSlugs(stored: string): string[] {
  return stored ? stored.split(",") : [];
}

/** Prisma conditions: the list in `column` holds `slug`. */
function listHolds(column: ListColumn, slug: string) {
  return [
    { [column]: slug },
    { [column]: { startsWith: `${slug},` } },
    { [column]: { endsWith: `,${slug}` } },
    { [column]: { contains: `,${slug},` } },
  ];
}

/** Prisma filter: subscriptions that want news of this section. */
export function wantsSection(slug: string) {
  return { OR: [{ sections: "" }, ...listHolds("sections", slug)] };
}

/** Prisma filter: subscriptions that want what is added to this topic. */
export function wantsTopic(slug: string) {
  return { OR: listHolds("topics", slug) };
}
