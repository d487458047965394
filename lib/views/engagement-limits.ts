/** Engaged time per report is capped: a tab left open overnight is not reading. */
export const MAX_ENGAGED_SECONDS = 1_800;
