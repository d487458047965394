"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { HOME_SEEN_PLACE, allItemKeys, followNews, newSinceSeen, topicSeenPlace, type FollowedFeed } from "@/lib/client/follows/follow-news";
import { fetchFollowFeed } from "@/lib/client/follows/fetch-follow-feed";
import { followsSnapshot, parseFollows, readSeenKeys, rememberSeen, subscribeFollows, unfollow, type Follow } from "@/lib/client/follows/follows-store";
import { followPageHref } from "@/lib/follows/follow-feed";
import { formatShortDate } from "@/lib/format/date";

const SHOWN_ITEMS = 8;

type Loaded = { feeds: FollowedFeed[]; failed: string[]; homeSeen: string[] };

async function loadFeeds(follows: Follow[]): Promise<Loaded> {
  // What the homepage showed last time, read before this visit is remembered.
  const homeSeen = readSeenKeys()[HOME_SEEN_PLACE] ?? [];
  const results = await Promise.all(follows.map(async (f) => ({ follow: f, feed: await fetchFollowFeed(f.kind, f.slug) })));
  return {
    feeds: results.flatMap((r) => (r.feed ? [{ feed: r.feed, followedAt: r.follow.followedAt }] : [])),
    failed: results.filter((r) => !r.feed).map((r) => r.follow.name),
    homeSeen,
  };
}

/**
 * 我的关注 on the homepage: the newest items of the sections and topics this
 * device follows, 新 on what the homepage has not shown before, and for each
 * followed topic how many items it gained since it was last opened. The
 * homepage itself stays the same cached page for everyone: this is drawn on
 * the device, from each followed thing's cached list, and nothing when the
 * reader follows nothing.
 */
export function MyFollows() {
  const snapshot = useSyncExternalStore(subscribeFollows, followsSnapshot, () => "[]");
  const follows = useMemo(() => parseFollows(snapshot), [snapshot]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (follows.length === 0) return;
    let current = true;
    void loadFeeds(follows).then((result) => {
      if (!current) return;
      setLoaded(result);
      rememberSeen(HOME_SEEN_PLACE, allItemKeys(result.feeds));
    });
    return () => {
      current = false;
    };
  }, [follows]);

  if (follows.length === 0) return null;
  const news = loaded ? followNews(loaded.feeds, loaded.homeSeen, SHOWN_ITEMS) : [];
  const seen = readSeenKeys();
  return (
    <section aria-labelledby="my-follows-heading" className="mt-6">
      <h2 id="my-follows-heading" className="border-b-2 border-brand pb-1 text-lg font-bold">
        我的关注
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="关注的栏目和专题">
        {follows.map((f) => {
          const feed = loaded?.feeds.find((x) => x.feed.kind === f.kind && x.feed.slug === f.slug)?.feed;
          const fresh = feed && f.kind === "topic" ? newSinceSeen(feed, seen[topicSeenPlace(f.slug)]) : 0;
          return (
            <li key={`${f.kind}:${f.slug}`} className="inline-flex items-center rounded-full border border-line text-sm">
              <a href={followPageHref(f.kind, f.slug)} className="inline-flex min-h-11 items-center gap-1 pl-3 hover:text-brand">
                {f.kind === "topic" ? <span className="text-muted">专题</span> : null}
                {f.name}
                {fresh > 0 ? <span className="rounded bg-brand px-1 text-xs text-white">{fresh} 条新</span> : null}
              </a>
              <button
                type="button"
                onClick={() => unfollow(f.kind, f.slug)}
                aria-label={`取消关注${f.name}`}
                className="inline-flex min-h-11 min-w-11 items-center justify-center text-muted hover:text-brand"
              >
                <span aria-hidden>×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {loaded === null ? (
        <p className="mt-2 text-sm text-muted">正在更新…</p>
      ) : (
        <>
          {news.length > 0 ? (
            <ul className="mt-2" aria-label="关注的最新内容">
              {news.map((item) => (
                <li key={item.key}>
                  <a href={item.href} className="flex min-h-11 items-center gap-2 hover:text-brand">
                    {item.isNew ? <span className="shrink-0 rounded bg-brand px-1 text-xs text-white">新</span> : null}
                    <span className="min-w-0 flex-1 truncate">{item.title}</span>
                    <span className="shrink-0 text-xs text-muted">
                      {item.source} · {formatShortDate(new Date(item.publishedAt))}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-muted">关注的栏目和专题暂无内容。</p>
          )}
          {loaded.failed.length > 0 ? <p className="mt-1 text-xs text-muted">暂时无法更新：{loaded.failed.join("、")}（网络恢复后刷新即可）</p> : null}
        </>
      )}
    </section>
  );
}
