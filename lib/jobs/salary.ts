// Monthly pay as Chinese job boards write it: 4000–6000元/月, 面议 when the
// employer gave no figure.
export function formatSalary(min: number | null, max: number | null): string {
  if (min === null && max === null) return "面议";
  if (min !== null && max !== null) return min === max ? `${min}元/月` : `${min}–${max}元/月`;
  if (min !== null) return `${min}元/月起`;
  return `最高${max}元/月`;
}
