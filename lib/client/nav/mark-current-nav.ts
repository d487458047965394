// The header is the same cached HTML on every page, so which entry leads to
// the page on screen is marked in the browser: aria-current="page" on the
// header's links (app/globals.css draws it). One rule, run twice: as an
// inline script right after the bars (by the URL, before they are painted,
// with no chunk to load) and by NavCurrentMarker after hydration and after
// each client-side navigation (then also by the section an article names
// with data-current-section, which the inline script runs too early to see).
//
// It is sent as its own source text (MARK_CURRENT_NAV_SCRIPT), so it must
// stay self-contained: no imports, no closures, syntax every reader's
// browser parses.

/** Marks the header links that lead to the page on screen and unmarks the rest. */
export function markCurrentNav(): void {
  const path = location.pathname;
  const holder = document.querySelector("[data-current-section]");
  const section = holder ? holder.getAttribute("data-current-section") : null;
  const links = document.querySelectorAll("a[data-nav]");
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const href = link.getAttribute("href") || "";
    const wanted = link.getAttribute("data-nav-section");
    const active =
      path === href ||
      (link.hasAttribute("data-nav-prefix") && href !== "/" && path.indexOf(href + "/") === 0) ||
      (wanted !== null && section !== null && (wanted === "*" || wanted === section));
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

export const MARK_CURRENT_NAV_SCRIPT = `(${markCurrentNav.toString()})()`;
