import { STATUS_LABELS } from "@/lib/newsroom/status-labels";
import type { SectionView } from "@/lib/view-types";

type Props = { sections: SectionView[]; status?: string; sectionId?: number; q?: string };

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked. */
export function ArticleFilters({ sections, status, sectionId, q }: Props) {
  const control = "min-h-11 rounded border border-line bg-white px-2";
  return (
    <form method="get" action="/newsroom" className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label="筛选稿件">
      <label className="text-sm">
        <span className="block text-muted">状态</span>
        <select name="status" defaultValue={status ?? ""} className={control}>
          <option value="">全部</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-muted">栏目</span>
        <select name="section" defaultValue={sectionId ? String(sectionId) : ""} className={control}>
          <option value="">全部</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-muted">标题</span>
        <input name="q" defaultValue={q ?? ""} maxLength={50} placeholder="搜索标题" className={control} />
      </label>
      <button type="submit" className="min-h-11 rounded bg-neutral-800 px-4 text-sm text-white">
        筛选
      </button>
    </form>
  );
}
