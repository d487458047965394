import { CopyUrlButton } from "./copy-url-button";

export type FeedEntry = { name: string; note?: string; url: string };

/**
 * Feeds with their full addresses: readers paste the address into a feed
 * reader, so it is shown whole (one tap selects it) with a copy button, and
 * the name links to the feed itself.
 */
export function FeedList({ feeds }: { feeds: FeedEntry[] }) {
  return (
    <ul className="mt-2 divide-y divide-line border-y border-line">
      {feeds.map((feed) => (
        <li key={feed.url} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <a href={feed.url} className="inline-flex min-h-11 min-w-11 items-center font-medium hover:text-brand">
            {feed.name}
          </a>
          {feed.note ? <span className="text-sm text-muted">{feed.note}</span> : null}
          <span className="flex w-full min-w-0 items-center gap-2 sm:ml-auto sm:w-auto">
            <code className="min-w-0 flex-1 select-all break-all rounded bg-brand-soft px-2 py-1 text-xs sm:flex-none">{feed.url}</code>
            <CopyUrlButton url={feed.url} label={feed.name} />
          </span>
        </li>
      ))}
    </ul>
  );
}
