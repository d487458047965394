"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { togglePillClass } from "@/components/ui/toggle-pill";
import { topicSeenPlace } from "@/lib/client/follows/follow-news";
import { follow, isFollowing, rememberSeen, subscribeFollows, unfollow } from "@/lib/client/follows/follows-store";
import type { FollowKind } from "@/lib/follows/follow-feed";

type FollowButtonProps = {
  kind: FollowKind;
  slug: string;
  name: string;
  /** A topic's item keys as this page shows them: remembered when a follower opens it, to count what is new next time. */
  itemKeys?: string[];
};

/** 【关注】 a section or a topic, on this device; its newest items then appear in 我的关注 on the homepage. */
export function FollowButton({ kind, slug, name, itemKeys }: FollowButtonProps) {
  const following = useSyncExternalStore(subscribeFollows, () => isFollowing(kind, slug), () => false);
  const [failed, setFailed] = useState(false);
  const [justFollowed, setJustFollowed] = useState(false);

  // A follower opening the topic has seen what it holds now.
  useEffect(() => {
    if (itemKeys && isFollowing(kind, slug)) rememberSeen(topicSeenPlace(slug), itemKeys);
  }, [kind, slug, itemKeys]);

  function toggle() {
    const ok = following ? unfollow(kind, slug) : follow(kind, slug, name);
    setFailed(!ok);
    setJustFollowed(ok && !following);
    if (ok && !following && itemKeys) rememberSeen(topicSeenPlace(slug), itemKeys);
  }

  return (
    <span className="inline-flex items-center gap-2 text-base font-normal">
      <button
        type="button"
        onClick={toggle}
        aria-pressed={following}
        aria-label={following ? `已关注${name}，点按取消` : `关注${name}`}
        className={togglePillClass(following)}
      >
        {following ? "已关注" : "＋ 关注"}
      </button>
      <span role="status" className="text-xs text-muted">
        {failed ? "浏览器不允许保存，关注未成功" : justFollowed && following ? "最新内容会出现在首页「我的关注」" : ""}
      </span>
    </span>
  );
}
