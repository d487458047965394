// PushSubscription.sections: the chosen section slugs joined by commas; empty = every section.

export function joinSections(slugs: readonly string[]): string {
  return [...new Set(slugs)].sort().join(",");
}

export function splitSections(stored: string): string[] {
  return stored ? stored.split(",") : [];
}

/** Prisma filter: subscriptions that want news of this section (slugs never contain commas). */
export function wantsSection(slug: string) {
  return {
    OR: [
      { sections: "" },
      { sections: slug },
      { sections: { startsWith: `${slug},` } },
      { sections: { endsWith: `,${slug}` } },
      { sections: { contains: `,${slug},` } },
    ],
  };
}
