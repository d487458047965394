"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { deleteEdition, downloadEdition, editionAvailable, editionBytes, readEditionIndex, type EditionIndex, type EditionProgress } from "@/lib/client/edition/edition-store";
import { fetchFollowFeed } from "@/lib/client/follows/fetch-follow-feed";
import { listFollows } from "@/lib/client/follows/follows-store";
import {
  ARTICLE_HTML_BYTES_ESTIMATE,
  articlesToFetch,
  EDITION_PATH,
  editionArticles,
  estimatedBytes,
  formatBytes,
  type EditionArticle,
  type EditionManifest,
} from "@/lib/edition/edition-plan";
import { formatDateTime } from "@/lib/format/date";

const noChanges = () => () => undefined;

type Plan = { articles: EditionArticle[]; homepageCount: number; toFetch: EditionArticle[] };

/** The followed sections' newest articles as edition entries; their pictures estimated at the homepage stories' average. */
async function followedSectionArticles(pictureAverage: number): Promise<EditionArticle[][]> {
  const sections = listFollows().filter((f) => f.kind === "section");
  return Promise.all(
    sections.map(async (f) => {
      const feed = await fetchFollowFeed(f.kind, f.slug);
      return (feed?.items ?? []).flatMap((item) => {
        const id = Number(/^article:(\d+)$/.exec(item.key)?.[1]);
        if (!id) return [];
        return [{ id, url: item.href, title: item.title, modifiedAt: item.modifiedAt ?? item.publishedAt, bytes: ARTICLE_HTML_BYTES_ESTIMATE + pictureAverage }];
      });
    }),
  );
}

async function loadPlan(index: EditionIndex | null): Promise<Plan> {
  const response = await fetch(EDITION_PATH, { cache: "no-cache" });
  if (!response.ok) throw new Error(`edition ${response.status}`);
  const manifest = (await response.json()) as EditionManifest;
  const pictureAverage = manifest.articles.length
    ? Math.round(manifest.articles.reduce((sum, a) => sum + a.bytes - ARTICLE_HTML_BYTES_ESTIMATE, 0) / manifest.articles.length)
    : 0;
  const articles = editionArticles(manifest.articles, await followedSectionArticles(pictureAverage));
  const stored = new Map((index?.articles ?? []).map((a) => [a.id, a.modifiedAt]));
  return { articles, homepageCount: Math.min(manifest.articles.length, articles.length), toFetch: articlesToFetch(articles, stored) };
}

type LoadedState = { index: EditionIndex | null; plan: Plan | null; message?: { text: string; error: boolean } };

/** What is saved, and what a download would fetch now; without a network, what is saved and why nothing more. */
async function loadState(): Promise<LoadedState> {
  const index = await readEditionIndex();
  try {
    return { index, plan: await loadPlan(index) };
  } catch {
    return { index, plan: null, message: { text: index ? "没有网络，无法检查更新；已保存的离线版仍可阅读。" : "没有网络，暂时无法下载。", error: !index } };
  }
}

/**
 * 今日要闻离线版 on /app: says what a download holds and should cost, downloads
 * it with progress (n / N, MB), and shows or deletes what is saved. A second
 * download fetches only the articles that are new or changed.
 */
export function EditionDownload() {
  const [index, setIndex] = useState<EditionIndex | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [progress, setProgress] = useState<EditionProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // The server cannot know: it draws the supported case, the browser corrects it.
  const supported = useSyncExternalStore(noChanges, editionAvailable, () => true);

  function show(state: LoadedState) {
    setIndex(state.index);
    setPlan(state.plan);
    if (state.message) setMessage(state.message);
  }

  useEffect(() => {
    let current = true;
    if (editionAvailable()) void loadState().then((state) => current && show(state));
    return () => {
      current = false;
    };
  }, []);

  async function download() {
    if (!plan) return;
    setMessage(null);
    setProgress({ done: 0, total: plan.toFetch.length + 1, bytes: 0 });
    try {
      const saved = await downloadEdition(plan.articles, setProgress);
      setMessage({ text: `已保存 ${saved.articles.length} 篇，没有网络时也能阅读。`, error: false });
    } catch (error) {
      const quota = error instanceof DOMException && error.name === "QuotaExceededError";
      setMessage({ text: quota ? "手机存储空间不足，离线版没有存完。" : "下载中断（网络不通？），请稍后再试。", error: true });
    } finally {
      setProgress(null);
      show(await loadState());
    }
  }

  async function remove() {
    await deleteEdition();
    show(await loadState());
    setMessage({ text: "离线版已删除。", error: false });
  }

  if (!supported) return <p className="text-muted">这个浏览器不能保存离线版。</p>;
  const busy = progress !== null;
  return (
    <div className="space-y-3" aria-busy={busy}>
      {plan ? (
        <p>
          今日要闻 {plan.articles.length} 篇（首页要闻 {plan.homepageCount} 篇
          {plan.articles.length > plan.homepageCount ? `，关注栏目 ${plan.articles.length - plan.homepageCount} 篇` : ""}），连同图片
          {index ? (plan.toFetch.length ? `；有 ${plan.toFetch.length} 篇新增或更新，约 ${formatBytes(estimatedBytes(plan.toFetch))}` : "；已是最新") : `，约 ${formatBytes(estimatedBytes(plan.toFetch))}`}。
        </p>
      ) : index === null && !message ? (
        <p className="text-muted">正在查看今日要闻…</p>
      ) : null}
      {index ? (
        <p className="text-sm text-muted">
          已保存 {index.articles.length} 篇，{formatDateTime(new Date(index.savedAt))} 保存，占用 {formatBytes(editionBytes(index))}。
        </p>
      ) : null}
      {progress ? (
        <div role="status">
          <progress className="w-full" max={progress.total} value={progress.done} aria-label="下载进度" />
          <p className="text-sm">
            正在下载 {progress.done} / {progress.total}，{formatBytes(progress.bytes)}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void download()}
          disabled={busy || !plan || (index !== null && plan.toFetch.length === 0)}
          className="min-h-11 rounded bg-brand px-4 text-white disabled:opacity-50"
        >
          {index ? "更新离线版" : "下载今日要闻"}
        </button>
        {index ? (
          <button type="button" onClick={() => void remove()} disabled={busy} className="min-h-11 rounded border border-line px-4 disabled:opacity-50">
            删除离线版
          </button>
        ) : null}
      </div>
      {message ? (
        <p role={message.error ? "alert" : "status"} className={`text-sm ${message.error ? "text-brand" : "text-green-800"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
