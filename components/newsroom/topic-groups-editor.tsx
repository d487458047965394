import { TOPIC_ITEM_KIND_LABELS, TOPIC_ITEM_KINDS } from "@/lib/validation/topic-kinds";
import type { FormAction } from "@/lib/actions/form-state";
import { ActionForm } from "./action-form";
import { inputClass } from "./field";


type Group = {
  id: number;
  title: string;
  items: { itemId: number; kind: (typeof TOPIC_ITEM_KINDS)[number]; targetId: number; title: string; published: boolean; pushed: boolean }[];
};

export type TopicGroupActions = {
  addGroup: FormAction;
  renameGroup: FormAction;
  moveGroup: FormAction;
  removeGroup: FormAction;
  addItem: FormAction;
  moveItem: FormAction;
  removeItem: FormAction;
  pushItem: FormAction;
};

/**
 * 分组与内容: each group with its items in order, and one small form per
 * step (rename, move, remove, add by id). Every step is saved at once.
 */
export function TopicGroupsEditor({ topicId, groups, actions }: { topicId: number; groups: Group[]; actions: TopicGroupActions }) {
  return (
    <section aria-labelledby="groups-heading" className="space-y-4 rounded border border-line bg-white p-4">
      <h2 id="groups-heading" className="text-lg font-bold">
        分组与内容
      </h2>
      {groups.length === 0 ? <p className="text-sm text-muted">还没有分组。先添加一个分组，再把文章、图集或视频加入分组。</p> : null}
      {groups.map((g, gi) => (
        <section key={g.id} aria-label={`分组：${g.title}`} className="space-y-3 rounded border border-line p-3">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="mr-2 font-bold">{g.title}</h3>
            <ActionForm action={actions.renameGroup} fields={{ groupId: g.id }} label="改名" ariaLabel={`改名：${g.title}`}>
              <input name="title" aria-label={`分组「${g.title}」的新名称`} defaultValue={g.title} maxLength={40} className={`${inputClass} mt-0 w-40`} />
            </ActionForm>
            {gi > 0 ? <ActionForm action={actions.moveGroup} fields={{ groupId: g.id, direction: "up" }} label="上移" ariaLabel={`上移分组：${g.title}`} /> : null}
            {gi < groups.length - 1 ? (
              <ActionForm action={actions.moveGroup} fields={{ groupId: g.id, direction: "down" }} label="下移" ariaLabel={`下移分组：${g.title}`} />
            ) : null}
            <ActionForm action={actions.removeGroup} fields={{ groupId: g.id }} label="删除分组" ariaLabel={`删除分组：${g.title}`} confirm={`删除分组「${g.title}」及其中的条目？文章本身不受影响。`} />
          </div>
          {g.items.length ? (
            <ol className="divide-y divide-line text-sm">
              {g.items.map((item, ii) => (
                <li key={item.itemId} className="flex flex-wrap items-center gap-2 py-2">
                  <span className="min-w-0 flex-1 break-words">
                    <span className="text-muted">[{TOPIC_ITEM_KIND_LABELS[item.kind]} #{item.targetId}]</span> {item.title}
                    {item.published ? null : <span className="ml-1 text-brand">（未发布，读者看不到）</span>}
                  </span>
                  {ii > 0 ? <ActionForm action={actions.moveItem} fields={{ itemId: item.itemId, direction: "up" }} label="上移" ariaLabel={`上移：${item.title}`} /> : null}
                  {ii < g.items.length - 1 ? (
                    <ActionForm action={actions.moveItem} fields={{ itemId: item.itemId, direction: "down" }} label="下移" ariaLabel={`下移：${item.title}`} />
                  ) : null}
                  <ActionForm action={actions.removeItem} fields={{ itemId: item.itemId }} label="移出" ariaLabel={`移出：${item.title}`} />
                  {item.kind === "article" && item.published ? (
                    item.pushed ? (
                      <span className="text-muted">已推送给订阅者</span>
                    ) : (
                      <ActionForm
                        action={actions.pushItem}
                        fields={{ itemId: item.itemId }}
                        label="推送给订阅者"
                        ariaLabel={`推送给本专题的订阅者：${item.title}`}
                        confirm={`把「${item.title}」推送给订阅本专题的读者？每篇文章在每个专题只推送一次。`}
                      />
                    )
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted">本分组暂无内容</p>
          )}
          <ActionForm action={actions.addItem} fields={{ groupId: g.id }} label="按编号加入" ariaLabel={`按编号加入分组：${g.title}`}>
            <select name="kind" aria-label={`加入「${g.title}」的内容类型`} defaultValue="article" className={`${inputClass} mt-0 w-auto`}>
              {TOPIC_ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TOPIC_ITEM_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <input name="targetId" inputMode="numeric" aria-label={`加入「${g.title}」的内容编号`} placeholder="编号" maxLength={9} className={`${inputClass} mt-0 w-28`} />
          </ActionForm>
        </section>
      ))}
      <ActionForm action={actions.addGroup} fields={{ topicId }} label="添加分组" variant="primary">
        <input name="title" aria-label="新分组名称" placeholder="新分组名称，如：现场直击" maxLength={40} className={`${inputClass} mt-0 w-60`} />
      </ActionForm>
    </section>
  );
}
