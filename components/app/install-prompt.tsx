"use client";

import { useState, useSyncExternalStore } from "react";
import { installCapture, type BeforeInstallPromptEvent } from "@/lib/client/pwa/install-capture";

// What this browser on this device can do about installing the site:
// - installed: running from the home screen, or installed in this page load
// - prompt:    Chromium offered installation (a kept beforeinstallprompt event)
// - ios-*:     iPhone/iPad, where Safari has no prompt: 分享 → 添加到主屏幕
// - in-app:    WeChat, Weibo, QQ… built-in browsers, which cannot install
// - fallback:  any other browser: its own menu
// - unknown:   on the server and before hydration
type InstallState = "unknown" | "installed" | "prompt" | "ios-iphone" | "ios-ipad" | "ios-other" | "in-app" | "fallback";

const IN_APP_BROWSER = /MicroMessenger|Weibo|DingTalk|AlipayClient|\bQQ\//i;
const OTHER_IOS_BROWSER = /CriOS|FxiOS|EdgiOS|OPT\/|GSA\//;

function isStandalone(): boolean {
  return window.matchMedia("(display-mode: standalone)").matches || navigator.standalone === true;
}

function iosDevice(): "iphone" | "ipad" | null {
  const ua = navigator.userAgent;
  if (/iPhone|iPod/.test(ua)) return "iphone";
  if (/iPad/.test(ua)) return "ipad";
  // iPadOS 13+ Safari asks for desktop pages with a Mac user agent; a Mac has no touch screen.
  if (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1) return "ipad";
  return null;
}

function getSnapshot(): InstallState {
  const capture = installCapture();
  if (capture.installed || isStandalone()) return "installed";
  const ua = navigator.userAgent;
  const inApp = IN_APP_BROWSER.test(ua);
  // No browser on iOS fires beforeinstallprompt: the steps are the only way.
  const ios = iosDevice();
  if (ios && inApp) return "in-app";
  if (ios === "ipad") return "ios-ipad";
  if (ios === "iphone") return OTHER_IOS_BROWSER.test(ua) ? "ios-other" : "ios-iphone";
  if (capture.prompt) return "prompt";
  return inApp ? "in-app" : "fallback";
}

const getServerSnapshot = (): InstallState => "unknown";

const subscribers = new Set<() => void>();
function notify() {
  for (const s of subscribers) s();
}

function subscribe(onChange: () => void) {
  subscribers.add(onChange);
  const capture = installCapture();
  const onPrompt = (event: Event) => {
    event.preventDefault();
    capture.prompt = event as BeforeInstallPromptEvent;
    notify();
  };
  const onInstalled = () => {
    capture.installed = true;
    capture.prompt = null;
    notify();
  };
  const standalone = window.matchMedia("(display-mode: standalone)");
  window.addEventListener("beforeinstallprompt", onPrompt);
  window.addEventListener("appinstalled", onInstalled);
  standalone.addEventListener("change", onChange);
  return () => {
    subscribers.delete(onChange);
    window.removeEventListener("beforeinstallprompt", onPrompt);
    window.removeEventListener("appinstalled", onInstalled);
    standalone.removeEventListener("change", onChange);
  };
}

type Outcome = "accepted" | "dismissed" | "failed" | null;

const OUTCOME_TEXT: Record<Exclude<Outcome, null>, string> = {
  accepted: "正在安装……完成后可从主屏幕或桌面打开黔东南信息港。",
  dismissed: "已取消安装。",
  failed: "浏览器没有打开安装窗口。",
};

const buttonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-brand px-6 text-base font-medium text-white hover:bg-brand-dark disabled:opacity-60";

/** 安装到主屏幕: the install button where the browser offers one, otherwise the steps for this browser. */
export function InstallPrompt() {
  const state = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function install() {
    const capture = installCapture();
    const event = capture.prompt;
    if (!event) return;
    setBusy(true);
    try {
      await event.prompt();
      const choice = await event.userChoice;
      setOutcome(choice.outcome);
    } catch {
      setOutcome("failed");
    } finally {
      // An event can prompt only once; the browser may offer a new one later.
      if (capture.prompt === event) capture.prompt = null;
      setBusy(false);
      notify();
    }
  }

  const message = state === "installed" ? "已安装，可从主屏幕打开。" : outcome ? OUTCOME_TEXT[outcome] : "";
  const installing = state !== "installed" && outcome === "accepted";

  return (
    <div className="rounded border border-line p-4 sm:p-5">
      <p role="status" className={message ? "mb-3 font-medium text-ink" : "sr-only"}>
        {state === "installed" ? (
          <>
            <span aria-hidden className="mr-1 text-brand">
              ✓
            </span>
            {message}
          </>
        ) : (
          message
        )}
      </p>
      {state === "installed" || installing ? null : (
        <InstallOptions state={state} busy={busy} afterPrompt={outcome !== null} onInstall={install} />
      )}
    </div>
  );
}

type InstallOptionsProps = {
  state: InstallState;
  busy: boolean;
  /** The browser's own install window has been shown in this visit. */
  afterPrompt: boolean;
  onInstall: () => void;
};

function InstallOptions({ state, busy, afterPrompt, onInstall }: InstallOptionsProps) {
  switch (state) {
    case "unknown":
      return <p className="text-muted">正在检查这个浏览器能否安装……</p>;
    case "prompt":
      return (
        <div className="flex flex-col items-start gap-2">
          <button type="button" onClick={onInstall} disabled={busy} className={buttonClass}>
            <span aria-hidden>＋</span>
            安装到主屏幕
          </button>
          <p className="text-sm text-muted">免费，无需应用商店；安装后从主屏幕或桌面直接打开。</p>
        </div>
      );
    case "ios-iphone":
    case "ios-ipad":
    case "ios-other":
      return <IosSteps state={state} />;
    case "in-app":
      return (
        <p>
          微信、微博、QQ 等应用里的浏览器不能安装。请点右上角的「···」（更多）菜单，选择「在浏览器打开」，再在浏览器中打开本页安装。
        </p>
      );
    default:
      return afterPrompt ? (
        <p>需要时请打开浏览器菜单，选择「安装应用」或「添加到主屏幕」。</p>
      ) : (
        <p>
          这个浏览器没有直接提供安装窗口。请打开浏览器菜单，选择「安装应用」或「添加到主屏幕」（不同浏览器叫法略有不同）。
        </p>
      );
  }
}

const SHARE_BUTTON_PLACE: Record<"ios-iphone" | "ios-ipad" | "ios-other", string> = {
  "ios-iphone": "点击底部",
  "ios-ipad": "点击右上角",
  "ios-other": "点击浏览器的",
};

function IosSteps({ state }: { state: "ios-iphone" | "ios-ipad" | "ios-other" }) {
  return (
    <div>
      <p className="font-medium">在 iPhone 或 iPad 上，三步添加到主屏幕：</p>
      <ol className="mt-2 list-decimal space-y-2 pl-6">
        <li>
          {SHARE_BUTTON_PLACE[state]}「分享」按钮
          <ShareIcon />
        </li>
        <li>在菜单中选择「添加到主屏幕」（看不到时向上滑动菜单）</li>
        <li>点「添加」</li>
      </ol>
      {state === "ios-other" ? <p className="mt-2 text-sm text-muted">如果找不到「添加到主屏幕」，请改用 Safari 打开本页。</p> : null}
    </div>
  );
}

/** The iOS share glyph (a box with an arrow out of it), so the reader knows which button is meant. */
function ShareIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="ml-1 inline-block h-5 w-5 align-text-bottom text-brand" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 3v12M8 7l4-4 4 4" />
      <path d="M8 11H6a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-8a1 1 0 0 0-1-1h-2" />
    </svg>
  );
}
