"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { listFollows } from "@/lib/client/follows/follows-store";
import {
  currentSubscription,
  type PushChoices,
  PushSetupError,
  pushSupport,
  saveOnServer,
  storedChoices,
  subscribeBrowser,
  unsubscribeEverywhere,
} from "@/lib/client/push/browser-push";

/** A section or a 专题 the reader can choose. */
type Choice = { slug: string; name: string };
type State = "checking" | "unsupported" | "denied" | "ready" | "subscribed";

/**
 * 新闻推送 on /subscribe (and nowhere else, so its code stays out of the
 * article pages): which sections and which ongoing 专题, then 开启推送; once
 * subscribed, change them or 取消订阅. Everything about the reader stays in
 * the browser and in the subscription; the page itself is the same for everyone.
 */
export function PushSubscribe({ sections, topics }: { sections: Choice[]; topics: Choice[] }) {
  const [state, setState] = useState<State>("checking");
  const [chosen, setChosen] = useState<PushChoices>({ sections: [], topics: [] });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Read once after mounting (the server render cannot know the browser):
    // what this browser supports, and whether it is already subscribed.
    void readBrowserState().then((found) => {
      if (cancelled) return;
      // Not subscribed yet: the sections and topics the reader follows (关注) are ticked to start with.
      const initial = found === "subscribed" ? storedChoices() : followedOr(storedChoices());
      if (found !== "unsupported" && found !== "denied") setChosen({ sections: offered(initial.sections, sections), topics: offered(initial.topics, topics) });
      setState(found);
    });
    return () => {
      cancelled = true;
    };
  }, [sections, topics]);

  async function attempt(work: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (error) {
      if (error instanceof PushSetupError && error.denied) setState("denied");
      else setMessage({ text: error instanceof PushSetupError ? error.message : "操作失败，请稍后重试。", error: true });
    } finally {
      setBusy(false);
    }
  }

  const subscribe = () =>
    attempt(async () => {
      const subscription = await subscribeBrowser();
      try {
        await saveOnServer(subscription, chosen);
      } catch (error) {
        // The site refused it: do not leave a subscription nobody will send to.
        await subscription.unsubscribe().catch(() => undefined);
        throw error;
      }
      setState("subscribed");
      return "已订阅，有重要新闻时会通知您。";
    });

  const saveChoices = () =>
    attempt(async () => {
      const subscription = await currentSubscription();
      if (!subscription) {
        setState("ready");
        throw new PushSetupError("这个浏览器的订阅已失效，请重新开启推送。");
      }
      await saveOnServer(subscription, chosen);
      return "已保存推送选择。";
    });

  const unsubscribe = () =>
    attempt(async () => {
      const subscription = await currentSubscription();
      if (subscription) await unsubscribeEverywhere(subscription);
      setState("ready");
      return "已取消订阅，不会再收到推送。";
    });

  const toggle = (kind: keyof PushChoices, slug: string, on: boolean) =>
    setChosen((c) => ({ ...c, [kind]: on ? [...c[kind], slug] : c[kind].filter((s) => s !== slug) }));
  const namesOf = (list: Choice[], slugs: string[]) => list.filter((c) => slugs.includes(c.slug)).map((c) => c.name).join("、");

  return (
    <section aria-labelledby="push-heading" className="mt-6 rounded border border-line p-4">
      <h2 id="push-heading" className="text-lg font-bold">
        新闻推送
      </h2>
      <p className="mt-1 text-sm text-muted">重要新闻发布时，通过浏览器通知第一时间告诉您；不需要注册，随时可以取消。</p>

      {/* The browser's answer replaces 正在检查…: room for the choices is kept
          from the start, so the feeds below do not jump when they appear. */}
      <div className={topics.length ? "min-h-[14rem]" : "min-h-[8.75rem]"}>
        {state === "checking" ? <p className="mt-3 text-sm">正在检查浏览器是否支持推送…</p> : null}

        {state === "unsupported" ? (
          <div className="mt-3 text-sm" role="status">
            <p className="font-bold">浏览器不支持推送</p>
            <p className="mt-1 text-muted">
              请换用新版的 Chrome、Edge、Firefox 或 Safari。iPhone、iPad 需 iOS 16.4 以上，并先用 Safari 把本站添加到主屏幕，再从主屏幕打开本页。
            </p>
            <Link prefetch={false} href="/app" className="inline-flex min-h-11 items-center text-brand underline">
              添加到主屏幕的方法
            </Link>
          </div>
        ) : null}

        {state === "denied" ? (
          <div className="mt-3 text-sm" role="status">
            <p className="font-bold">已拒绝通知权限</p>
            <p className="mt-1 text-muted">
              浏览器不会再次询问。如要开启：点击地址栏左侧的图标（锁形或 ⓘ），在「网站设置」或「权限」中把「通知」改为「允许」，然后刷新本页。手机 Chrome：菜单 ⋮ →
              设置 → 网站设置 → 通知。
            </p>
          </div>
        ) : null}

        {state === "ready" || state === "subscribed" ? (
          <>
            {state === "subscribed" ? (
              <p className="mt-3 text-sm font-bold text-green-800">
                已订阅：{chosen.sections.length ? namesOf(sections, chosen.sections) : "全部栏目"}
                {chosen.topics.length ? `；专题：${namesOf(topics, chosen.topics)}` : ""}
              </p>
            ) : null}
            <ChoiceBoxes legend="推送哪些栏目（都不选＝全部栏目）" choices={sections} chosen={chosen.sections} onToggle={(slug, on) => toggle("sections", slug, on)} />
            {topics.length ? (
              <ChoiceBoxes legend="另外推送这些专题的新文章" choices={topics} chosen={chosen.topics} onToggle={(slug, on) => toggle("topics", slug, on)} />
            ) : null}
            <div className="mt-3 flex flex-wrap gap-3">
              {state === "ready" ? (
                <button type="button" onClick={subscribe} disabled={busy} className={PRIMARY}>
                  {busy ? "正在开启…" : "开启推送"}
                </button>
              ) : (
                <>
                  <button type="button" onClick={saveChoices} disabled={busy} className={PRIMARY}>
                    保存选择
                  </button>
                  <button type="button" onClick={unsubscribe} disabled={busy} className={QUIET}>
                    取消订阅
                  </button>
                </>
              )}
            </div>
          </>
        ) : null}
      </div>

      <p role="status" className={`mt-2 text-sm ${message?.error ? "text-brand" : "text-green-800"}`}>
        {message?.text ?? ""}
      </p>
    </section>
  );
}

const PRIMARY = "inline-flex min-h-11 items-center rounded-full bg-brand px-5 text-sm font-bold text-white hover:bg-brand-dark disabled:opacity-60";
const QUIET = "inline-flex min-h-11 items-center rounded-full border border-line px-5 text-sm hover:border-brand hover:text-brand disabled:opacity-60";

async function readBrowserState(): Promise<State> {
  const support = pushSupport();
  if (support !== "supported") return support;
  const subscription = await currentSubscription().catch(() => null);
  return subscription ? "subscribed" : "ready";
}

type ChoiceBoxesProps = { legend: string; choices: Choice[]; chosen: string[]; onToggle: (slug: string, on: boolean) => void };

function ChoiceBoxes({ legend, choices, chosen, onToggle }: ChoiceBoxesProps) {
  return (
    <fieldset className="mt-3">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4">
        {choices.map((c) => (
          <label key={c.slug} className="inline-flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" className="size-5 accent-brand" checked={chosen.includes(c.slug)} onChange={(e) => onToggle(c.slug, e.target.checked)} />
            {c.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What this device follows (关注), else `fallback` (the choice made the last time). */
function followedOr(fallback: PushChoices): PushChoices {
  const follows = listFollows();
  if (!follows.length) return fallback;
  const slugsOf = (kind: string) => follows.flatMap((f) => (f.kind === kind ? [f.slug] : []));
  return { sections: slugsOf("section"), topics: slugsOf("topic") };
}

/** The slugs the page still offers (a section or topic may have gone since they were chosen). */
function offered(slugs: string[], choices: Choice[]): string[] {
  return slugs.filter((slug) => choices.some((c) => c.slug === slug));
}
