import { unstable_cache } from "next/cache";

/**
 * Wraps a data-layer query in Next's data cache under the given tags, so that
 * a page regenerating after revalidation only asks the database for what was
 * invalidated. The query's arguments are part of the cache key.
 *
 * The un-wrapped query stays exported beside each cached one: tests call it
 * directly, outside Next's cache.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
  revalidateSeconds = 3600,
): (...args: Args) => Promise<Result> {
  return (...args: Args) =>
    unstable_cache(() => query(...args), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: revalidateSeconds,
    })();
}
