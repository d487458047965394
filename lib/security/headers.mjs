// The response headers every page carries, and the two Content Security
// Policies. Plain JavaScript so that next.config.ts (build time), proxy.ts
// (every newsroom request) and the start wrapper (scripts/serve.mjs) share
// one copy of the rules.

/** Push services a reader's browser may be handed an endpoint of. */
const PUSH_SERVICES = [
  "https://fcm.googleapis.com",
  "https://updates.push.services.mozilla.com",
  "https://*.notify.windows.com",
  "https://web.push.apple.com",
];

/** Features the site never uses: turned off so an injected script cannot ask for them either. */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "browsing-topics=()",
].join(", ");

const join = (directives) => directives.join("; ");

/** Where browsers report refusals (app/api/csp-report): report-uri for older browsers, report-to for the Reporting API. */
export const CSP_REPORT_PATH = "/api/csp-report";
// Chromium sends a report to report-to alone when a policy names both, and
// the headless Chromium of the browser tests never delivers Reporting API
// reports (checked: nothing within 75 s, even with --short-reporting-delay),
// so the e2e server turns report-to off (CSP_REPORT_TO=off) to see reports.
const reporting = (reportTo = true) => [`report-uri ${CSP_REPORT_PATH}`, ...(reportTo ? ["report-to csp"] : [])];

/** Names the endpoint that `report-to csp` means; sent with both policies. */
export const REPORTING_ENDPOINTS = `csp="${CSP_REPORT_PATH}"`;

/**
 * Public pages are cached and shared by every reader, so they cannot carry a
 * per-request nonce, and Next's inline bootstrap scripts (the RSC payload)
 * differ per page, so they cannot be hashed either: scripts stay limited to
 * the site itself plus inline ones. Everything else is shut: no plugins, no
 * foreign <base>, no framing by other sites, forms and fetches only to the
 * site (and the push services), pictures and media from the site.
 */
export const publicCsp = ({ reportTo = true } = {}) => join([
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${PUSH_SERVICES.join(" ")}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  ...reporting(reportTo),
]);

export const PUBLIC_CSP = publicCsp();

/**
 * The newsroom is rendered per request anyway, so it gets a strict policy:
 * only scripts that carry this response's nonce (and what they load,
 * 'strict-dynamic'), no host allow-list, no eval outside development (React
 * needs it there for its error overlay), never framed at all. `hashes` admit
 * the root layout's fixed inline scripts, which cannot carry a nonce since
 * the same layout serves the cached public pages.
 */
export function newsroomCsp(nonce, { dev = false, hashes = [], reportTo = true } = {}) {
  return join([
    "default-src 'self'",
    `script-src 'nonce-${nonce}' ${hashes.map((h) => `'${h}' `).join("")}'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (Tiptap, React style props) cannot run code; a nonce here would block them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...reporting(reportTo),
  ]);
}

/** The headers of every response, whatever the page. */
export const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  // For both policies' `report-to csp`; harmless on responses without a policy.
  { key: "Reporting-Endpoints", value: REPORTING_ENDPOINTS },
];

/** HSTS only when the site's public address is https: on plain http it would lock readers out. */
export function hstsHeader(siteUrl) {
  return typeof siteUrl === "string" && siteUrl.startsWith("https://") ? "max-age=31536000" : null;
}

/** Every path except the newsroom, whose policy comes from proxy.ts with a nonce. */
export const PUBLIC_PATHS = "/:path((?!newsroom(?:/|$)).*)";
