import type { FormAction } from "@/lib/actions/form-state";
import { formatDateTime } from "@/lib/format/date";
import { ActionForm } from "./action-form";
import { inputClass } from "./field";

type Props = {
  query: string;
  results: { id: number; title: string; publishedAt: string }[];
  groups: { id: number; title: string }[];
  addItem: FormAction;
};

/** 从已发布文章中选择: a title search (a plain GET form, so the results are a link), each hit added to a chosen group. */
export function TopicArticlePicker({ query, results, groups, addItem }: Props) {
  return (
    <section aria-labelledby="picker-heading" className="space-y-3 rounded border border-line bg-white p-4">
      <h2 id="picker-heading" className="text-lg font-bold">
        从已发布文章中选择
      </h2>
      <form method="get" role="search" className="flex flex-wrap gap-2">
        <input type="search" name="q" defaultValue={query} aria-label="文章标题关键词" placeholder="标题关键词" maxLength={50} className={`${inputClass} mt-0 w-64`} />
        <button type="submit" className="min-h-11 rounded border border-line bg-white px-4 text-sm hover:border-brand">
          搜索
        </button>
      </form>
      {query && results.length === 0 ? <p className="text-sm text-muted">没有标题含「{query}」的已发布文章</p> : null}
      {results.length > 0 && groups.length === 0 ? <p className="text-sm text-brand">请先添加分组</p> : null}
      {results.length ? (
        <ul className="divide-y divide-line text-sm">
          {results.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-2 py-2">
              <span className="min-w-0 flex-1 break-words">
                {a.title} <span className="text-muted">#{a.id} · {formatDateTime(new Date(a.publishedAt))}</span>
              </span>
              {groups.length ? (
                <ActionForm action={addItem} fields={{ kind: "article", targetId: a.id }} label="加入" ariaLabel={`加入专题：${a.title}`}>
                  <select name="groupId" aria-label={`「${a.title}」加入哪个分组`} className={`${inputClass} mt-0 w-auto`}>
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.title}
                      </option>
                    ))}
                  </select>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
