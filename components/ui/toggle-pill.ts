/** A round on/off button (收藏, 关注): outlined when off, filled when on; at least 44 px tall. */
export function togglePillClass(on: boolean): string {
  return `inline-flex min-h-11 items-center gap-1 rounded-full border px-4 text-sm ${
    on ? "border-brand bg-brand text-white" : "border-brand text-brand hover:bg-brand-soft"
  }`;
}
