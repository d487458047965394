import { INSTALL_CAPTURE_SCRIPT } from "@/lib/client/pwa/install-capture";

/**
 * Keeps Chromium's `beforeinstallprompt` event for <InstallPrompt> (see
 * lib/client/pwa/install-capture.ts). An inline script, so it runs while the HTML is
 * parsed, before hydration. It only runs on a full page load: placed in the
 * root layout it catches the event on whichever page the reader opens first.
 */
export function InstallPromptCapture() {
  return <script id="qdn-install-capture" dangerouslySetInnerHTML={{ __html: INSTALL_CAPTURE_SCRIPT }} />;
}
