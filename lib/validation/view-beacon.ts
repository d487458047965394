import { z } from "zod";
import { MAX_ENGAGED_SECONDS } from "@/lib/views/engagement-limits";
import { VIEW_KINDS } from "@/lib/views/view-kinds";

// What the readers' pages send to /api/views (components/ui/view-beacon.tsx).
// The first form, `{kind, id}`, is what pages built before the 数据 step
// send, and stays valid: such a view counts as direct, on the device its
// user agent names.

const item = { kind: z.enum(VIEW_KINDS), id: z.number().int().positive().max(2_147_483_647) };
const depth = z.union([z.literal(0), z.literal(25), z.literal(50), z.literal(75), z.literal(100)]);

/** A page was opened: where from, and whether in the installed APP. */
const viewBeacon = z.strictObject({
  ...item,
  /** document.referrer as the page saw it. */
  ref: z.string().max(500).optional(),
  /** "push" when a notification opened the page. */
  from: z.string().max(20).optional(),
  /** 1 when the page runs in the installed APP (display-mode: standalone). */
  app: z.union([z.literal(0), z.literal(1)]).optional(),
  /** 1 on a touch screen (tells an iPad asking for desktop pages from a Mac). */
  touch: z.union([z.literal(0), z.literal(1)]).optional(),
});

/** A page was hidden: depth reached (and already reported), seconds engaged since the last report. */
const engagementBeacon = z
  .strictObject({ ...item, depth, depthFrom: depth, seconds: z.number().int().min(0).max(MAX_ENGAGED_SECONDS) })
  .refine((b) => b.depthFrom <= b.depth, "depthFrom 不能大于 depth");

export const beaconSchema = z.union([engagementBeacon, viewBeacon]);
export type Beacon = z.infer<typeof beaconSchema>;
