import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { INSTALL_CAPTURE_SCRIPT } from "@/lib/client/pwa/install-capture";
import { newsroomCsp } from "@/lib/security/headers.mjs";

// Runs for the newsroom's pages only: a fresh CSP nonce per request, which
// Next reads from the request's policy header and puts on its own scripts.
// (Server-action POSTs are checked earlier, in scripts/serve.mjs.)

// The root layout's one inline script (the install-prompt capture) is the same on every page.
const LAYOUT_SCRIPT_HASHES = [`sha256-${createHash("sha256").update(INSTALL_CAPTURE_SCRIPT).digest("base64")}`];

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = newsroomCsp(nonce, { dev: process.env.NODE_ENV === "development", hashes: LAYOUT_SCRIPT_HASHES, reportTo: process.env.CSP_REPORT_TO !== "off" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only. Not /newsroom/api/ (uploads, up to 300 MB, are streamed by
  // their handlers) and not server-action POSTs: Next buffers the body of any
  // request a proxy sees, cutting it at 10 MB, and the copy lost empty file
  // fields of forms.
  matcher: [
    { source: "/newsroom", missing: [{ type: "header", key: "next-action" }] },
    { source: "/newsroom/((?!api/).*)", missing: [{ type: "header", key: "next-action" }] },
  ],
};
