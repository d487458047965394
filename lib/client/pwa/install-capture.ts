// Chromium offers installation once per page load, through a
// `beforeinstallprompt` event that may fire before React has hydrated, or on
// an earlier page when the reader reaches /app by a client-side navigation.
// A tiny inline script (components/app/install-prompt-capture.tsx) keeps the
// event on `window` for the install button to use later.

/** Chromium's event; not in TypeScript's DOM library. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: "accepted" | "dismissed"; platform: string }>;
}

export type InstallCapture = {
  /** The capture script is listening (set once, so a second copy does nothing). */
  listening: boolean;
  /** The kept event, until prompt() is called on it. */
  prompt: BeforeInstallPromptEvent | null;
  /** `appinstalled` fired in this page load. */
  installed: boolean;
};

export const INSTALL_CAPTURE_KEY = "__qdnInstall";

declare global {
  interface Window {
    [INSTALL_CAPTURE_KEY]?: InstallCapture;
  }
  interface Navigator {
    /** iOS Safari: true when opened from the home screen. */
    standalone?: boolean;
  }
}

/** The state shared with the capture script, created if it has not run. Browser only. */
export function installCapture(): InstallCapture {
  window[INSTALL_CAPTURE_KEY] ??= { listening: false, prompt: null, installed: false };
  return window[INSTALL_CAPTURE_KEY];
}

/** The capture script's source: plain ES5, no dependencies. */
export const INSTALL_CAPTURE_SCRIPT = `(function(){var k=${JSON.stringify(INSTALL_CAPTURE_KEY)};var s=window[k]=window[k]||{listening:false,prompt:null,installed:false};if(s.listening)return;s.listening=true;window.addEventListener("beforeinstallprompt",function(e){e.preventDefault();s.prompt=e;});window.addEventListener("appinstalled",function(){s.installed=true;s.prompt=null;});})();`;
