"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { IDLE, type FormAction } from "@/lib/actions/form-state";
import { ActionStatus } from "./action-status";
import { type ButtonKind, buttonStyles } from "./button-styles";


type WorkflowPanelProps = {
  id: number;
  /** Articles carry a version for optimistic concurrency; photo sets do not. */
  version?: number;
  actions: { submit?: FormAction; publish?: FormAction; withdraw?: FormAction; returnToWriter?: FormAction; push?: FormAction };
  /** Photo sets are published at once, never scheduled. */
  schedulable?: boolean;
  /** Articles offer 推送 with publishing; other kinds do not. */
  pushable?: boolean;
  withdrawConfirm?: string;
  /** The editor's own action bar already offers 提交审核 / 发布 as its primary step: the panel's are then secondary. */
  primaryInForm?: boolean;
};

/** The buttons that move an article through the workflow; the page passes only the ones the user may use. */
export function WorkflowPanel({
  id,
  version,
  actions,
  schedulable = true,
  pushable = false,
  withdrawConfirm = "撤稿后文章将从网站上消失，确定吗？",
  primaryInForm = false,
}: WorkflowPanelProps) {
  // One primary step: 发布 where the user may publish, else 提交审核.
  const publishKind: ButtonKind = primaryInForm ? "secondary" : "primary";
  const submitKind: ButtonKind = primaryInForm || actions.publish ? "secondary" : "primary";
  return (
    <section aria-labelledby="workflow-heading" className="space-y-3 rounded border border-line bg-white p-4">
      <h2 id="workflow-heading" className="font-bold">
        审核与发布
      </h2>
      {actions.submit ? <StepForm id={id} version={version} action={actions.submit} label="提交审核" kind={submitKind} /> : null}
      {actions.publish ? (
        <StepForm id={id} version={version} action={actions.publish} label="发布" schedule={schedulable} pushSwitch={pushable} kind={publishKind} />
      ) : null}
      {actions.push ? <StepForm id={id} version={version} action={actions.push} label="推送给订阅读者" confirm="每篇文章只能推送一次，确定现在推送吗？" /> : null}
      {actions.returnToWriter ? <StepForm id={id} version={version} action={actions.returnToWriter} label="退回作者" /> : null}
      {actions.withdraw ? <StepForm id={id} version={version} action={actions.withdraw} label="撤稿" kind="danger" confirm={withdrawConfirm} /> : null}
      {!actions.submit && !actions.publish && !actions.withdraw && !actions.returnToWriter && !actions.push ? (
        <p className="text-sm text-muted">当前状态下没有可执行的操作。</p>
      ) : null}
    </section>
  );
}

/** One workflow button in its own form (also used by 视听). */
export type StepFormProps = {
  id: number;
  version?: number;
  action: FormAction;
  label: string;
  schedule?: boolean;
  /** 推送: send the article to push subscribers once it is published (after the response). */
  pushSwitch?: boolean;
  kind?: ButtonKind;
  /** Asked before the step; destructive steps (kind "danger") always have one. */
  confirm?: string;
};

export function StepForm({ id, version, action, label, schedule = false, pushSwitch = false, kind = "secondary", confirm }: StepFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, IDLE);
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="space-y-2"
    >
      <input type="hidden" name="id" value={id} />
      {version === undefined ? null : <input type="hidden" name="version" value={version} />}
      {schedule ? (
        <label className="block text-sm">
          <span className="text-muted">定时发布（北京时间，留空则立即发布）</span>
          <input type="datetime-local" name="scheduledAt" className="mt-1 block min-h-11 w-full rounded border border-line px-2" />
        </label>
      ) : null}
      {pushSwitch ? (
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" role="switch" name="push" className="size-5 accent-brand" />
          <span>推送</span>
          <span className="text-muted">（立即发布时通知订阅了本栏目的读者，每篇一次）</span>
        </label>
      ) : null}
      {state.status === "error" && state.fieldErrors.push ? <p className="text-sm text-brand">{state.fieldErrors.push}</p> : null}
      <button
        type="submit"
        disabled={pending}
        className={`${buttonStyles[kind]} w-full`}
      >
        {pending ? "处理中…" : label}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
