// The browser half of Web Push, for the subscribe page (components/push).
// Browser only. The reader's section and topic choices are also kept on the
// device, so the page can show them again without asking the server who the
// reader is.

const CHOICES_KEY = "qdn:push-sections:v1";
const TOPIC_CHOICES_KEY = "qdn:push-topics:v1";

/** What a reader chose: sections (none = every section) and 专题 (none = no topic's own pushes). */
export type PushChoices = { sections: string[]; topics: string[] };
const ENDPOINT = "/api/push/subscription";

export type PushSupport = "supported" | "unsupported" | "denied";

export function pushSupport(): PushSupport {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return "unsupported";
  return Notification.permission === "denied" ? "denied" : "supported";
}

/** This browser's current subscription, if any (without registering anything). */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** A failure with a message for the reader; `denied` when the reader (or the browser) refused notifications. */
export class PushSetupError extends Error {
  constructor(
    message: string,
    readonly denied = false,
  ) {
    super(message);
  }
}

const DENIED = "已拒绝通知权限";
// Chrome refuses push in incognito windows and says nothing a page could detect.
const UNREACHABLE = "浏览器的推送服务暂时无法连接，请稍后重试（推送经由浏览器厂商的服务器送达；无痕/隐私窗口不支持推送）。";

/**
 * Asks for permission, registers the site's service worker (the same /sw.js
 * the layout registers; registering again returns the existing one) and
 * subscribes with the server's public key.
 */
export async function subscribeBrowser(): Promise<PushSubscription> {
  const permission = await Notification.requestPermission();
  if (permission === "denied") throw new PushSetupError(DENIED, true);
  if (permission !== "granted") throw new PushSetupError("需要允许通知，才能收到推送。请再点一次并选择「允许」。");

  const keyResponse = await fetch("/api/push/key");
  if (!keyResponse.ok) throw new PushSetupError("推送服务暂未开通，请稍后再来。");
  const { publicKey } = (await keyResponse.json()) as { publicKey: string };

  try {
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  } catch {
    throw new PushSetupError("无法启用本站的后台服务（Service Worker），请刷新后重试。");
  }
  const registration = await navigator.serviceWorker.ready;
  const options = { userVisibleOnly: true, applicationServerKey: base64urlToBytes(publicKey) };
  try {
    return await registration.pushManager.subscribe(options);
  } catch (error) {
    // Subscribed earlier with another key (the site's keys changed): start over once.
    const old = await registration.pushManager.getSubscription();
    if (old) {
      await old.unsubscribe();
      return registration.pushManager.subscribe(options).catch(() => {
        throw new PushSetupError(UNREACHABLE);
      });
    }
    if (error instanceof DOMException && error.name === "NotAllowedError") throw new PushSetupError(DENIED, true);
    throw new PushSetupError(UNREACHABLE);
  }
}

/** Sends the subscription and the reader's choices to the site (subscribing or changing choices). */
export async function saveOnServer(subscription: PushSubscription, choices: PushChoices): Promise<void> {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...subscription.toJSON(), ...choices }),
  });
  if (!response.ok) throw new PushSetupError(await errorOf(response));
  storeChoices(choices);
}

/** Unsubscribes here and on the site. */
export async function unsubscribeEverywhere(subscription: PushSubscription): Promise<void> {
  await fetch(ENDPOINT, {
    method: "DELETE",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
  });
  await subscription.unsubscribe();
  storeChoices(null);
}

export function storedChoices(): PushChoices {
  return { sections: storedList(CHOICES_KEY), topics: storedList(TOPIC_CHOICES_KEY) };
}

function storedList(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

function storeChoices(choices: PushChoices | null) {
  try {
    if (choices) {
      window.localStorage.setItem(CHOICES_KEY, JSON.stringify(choices.sections));
      window.localStorage.setItem(TOPIC_CHOICES_KEY, JSON.stringify(choices.topics));
    } else {
      window.localStorage.removeItem(CHOICES_KEY);
      window.localStorage.removeItem(TOPIC_CHOICES_KEY);
    }
  } catch {
    // Private mode: the choices still hold on the server.
  }
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `保存失败（${response.status}），请稍后重试。`;
}

function base64urlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(value.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
