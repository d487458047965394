const grouped = new Intl.NumberFormat("zh-CN");

/** 1,234 below ten thousand; 1.2万 and 3.4亿 above, as Chinese sites count. */
export function formatCount(n: number): string {
  if (n >= 100_000_000) return `${trim(n / 100_000_000)}亿`;
  if (n >= 10_000) return `${trim(n / 10_000)}万`;
  return grouped.format(n);
}

function trim(x: number): string {
  return (Math.floor(x * 10) / 10).toFixed(1).replace(/\.0$/, "");
}
