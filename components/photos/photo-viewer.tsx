"use client";

import { useEffect, useRef } from "react";

const PHOTO_FRAGMENT = /^#(\d{1,3})$/;

/**
 * Turns the server-rendered row of photos (PhotoSlides, PhotoThumbnails)
 * into a viewer: ←/→ keys, a mouse drag, the arrows and thumbnails move the
 * row without jumping the page, and the address follows the photo on
 * screen (#3), so every photo can be shared. Touch swiping is the row's own
 * scroll-snap. It renders nothing of its own and never holds the photos.
 */
export function PhotoViewer({ count, children }: { count: number; children: React.ReactNode }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const strip = root.current?.querySelector<HTMLElement>("[data-photo-strip]");
    const thumbs = root.current ? [...root.current.querySelectorAll<HTMLElement>("[data-thumb]")] : [];
    if (!strip) return;
    const resting = () => Math.round(strip.scrollLeft / Math.max(1, strip.clientWidth)) + 1;
    // The photo shown (or being swiped to).
    let current = resting();

    function mark(n: number, address = true) {
      current = n;
      if (address && location.hash !== `#${n}`) history.replaceState(history.state, "", `#${n}`);
      thumbs.forEach((t, i) => (i + 1 === n ? t.setAttribute("aria-current", "true") : t.removeAttribute("aria-current")));
      // Bring the thumbnail into its row, sideways only (scrollIntoView would move the page).
      const item = thumbs[n - 1]?.parentElement;
      const row = item?.parentElement;
      if (item && row) row.scrollTo({ left: item.offsetLeft - (row.clientWidth - item.clientWidth) / 2, behavior: "smooth" });
    }
    // Keys, arrows and thumbnails switch at once: a smooth scroll could end
    // (scrollend) on a photo it was only passing when keys come quickly.
    function show(n: number) {
      const to = Math.min(Math.max(1, n), count);
      strip!.scrollTo({ left: (to - 1) * strip!.clientWidth, behavior: "instant" });
      mark(to);
    }
    const fromHash = () => Number(PHOTO_FRAGMENT.exec(location.hash)?.[1] ?? 0);

    // The address changes once the row comes to rest, not at every pixel.
    let settle = 0;
    const onScrollEnd = () => mark(resting());
    const onScroll = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(onScrollEnd, 150);
    };
    const endEvent = "onscrollend" in window ? "scrollend" : "scroll";
    const endHandler = endEvent === "scrollend" ? onScrollEnd : onScroll;

    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-step], a[data-thumb]");
      const n = link ? Number(PHOTO_FRAGMENT.exec(link.getAttribute("href") ?? "")?.[1] ?? 0) : 0;
      if (!n) return;
      event.preventDefault();
      show(n);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "ArrowRight") show(current + 1);
      else if (event.key === "ArrowLeft") show(current - 1);
      else return;
      event.preventDefault();
    };
    // Mouse drags: touch already scrolls the row natively.
    let dragX: number | null = null;
    const onDown = (e: PointerEvent) => {
      dragX = e.pointerType === "mouse" ? e.clientX : null;
    };
    const onUp = (e: PointerEvent) => {
      if (dragX === null) return;
      const dx = e.clientX - dragX;
      dragX = null;
      if (Math.abs(dx) > 40) show(current + (dx < 0 ? 1 : -1));
    };
    const onHash = () => {
      if (fromHash()) show(fromHash());
    };

    if (fromHash()) show(fromHash());
    else mark(current, false);
    strip.addEventListener(endEvent, endHandler, { passive: true });
    strip.addEventListener("pointerdown", onDown);
    strip.addEventListener("pointerup", onUp);
    root.current!.addEventListener("click", onClick);
    window.addEventListener("keydown", onKey);
    window.addEventListener("hashchange", onHash);
    const node = root.current!;
    return () => {
      window.clearTimeout(settle);
      strip.removeEventListener(endEvent, endHandler);
      strip.removeEventListener("pointerdown", onDown);
      strip.removeEventListener("pointerup", onUp);
      node.removeEventListener("click", onClick);
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("hashchange", onHash);
    };
  }, [count]);

  return (
    <div ref={root} role="region" aria-roledescription="图集" aria-label="图片浏览（可用左右方向键切换）">
      {children}
    </div>
  );
}
