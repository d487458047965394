"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { markCurrentNav } from "@/lib/client/nav/mark-current-nav";

/** Re-marks the header's current entry after hydration and after each client-side navigation (see markCurrentNav). */
export function NavCurrentMarker() {
  const pathname = usePathname();
  // The effect runs after the new page is in the DOM, so an article's data-current-section is there to read.
  useEffect(() => markCurrentNav(), [pathname]);
  return null;
}
