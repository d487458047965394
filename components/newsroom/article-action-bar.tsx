import type { Ref } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { ActionStatus } from "./action-status";
import { buttonStyles } from "./button-styles";

/** What the editor may do besides saving: 发布 (publishers) or 提交审核 (writers of a draft). */
export type ArticleStep = "publish" | "submit";

type Props = {
  ref: Ref<HTMLButtonElement>;
  isNew: boolean;
  /** Published or scheduled: saving updates what readers see, so 保存 is the step. */
  live: boolean;
  step?: ArticleStep;
  pending: boolean;
  state: FormState;
};

/**
 * The editor's actions, stuck to the bottom of the window above everything
 * else (the editor's own toolbar sticks to the top, under it), so they are
 * reachable at any scroll position on a desktop and on a phone. One primary
 * button: the step when there is one, else 保存. Each button sends the whole
 * form; the step runs after the text is saved.
 */
export function ArticleActionBar({ ref, isNew, live, step, pending, state }: Props) {
  const saveLabel = isNew ? "创建草稿" : live ? "保存并更新" : "保存";
  const stepLabel = step === "publish" ? "发布" : "提交审核";
  const hasStep = step !== undefined && !live;
  return (
    <div
      role="group"
      aria-label="稿件操作"
      className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-line bg-neutral-50/95 px-4 py-2 backdrop-blur"
    >
      <button ref={ref} type="submit" name="intent" value="save" disabled={pending} className={hasStep ? buttonStyles.secondary : buttonStyles.primary}>
        {pending ? "正在保存…" : saveLabel}
      </button>
      {hasStep ? (
        <button type="submit" name="intent" value={step} disabled={pending} className={buttonStyles.primary}>
          {stepLabel}
        </button>
      ) : null}
      <span className="hidden text-xs text-muted sm:inline">Ctrl/⌘+S 保存</span>
      <ActionStatus state={state} />
    </div>
  );
}
