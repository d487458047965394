"use client";

import { useState } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import type { SectionView } from "@/lib/view-types";
import { inputClass } from "./field";
import { SubmitBar } from "./submit-bar";
import { useKeptForm } from "./use-kept-form";

type Row = { key: string; id?: number; slug: string; name: string };
type Props = { sections: SectionView[]; action: FormAction };

/** 栏目: rename, reorder (上移/下移) and add news sections. The order here is the order of the section bar. */
export function SectionsEditor({ sections, action }: Props) {
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const [rows, setRows] = useState<Row[]>(sections.map((s) => ({ key: `s${s.id}`, id: s.id, slug: s.slug, name: s.name })));

  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(Math.max(0, Math.min(next.length, index + by)), 0, row);
      return next;
    });
  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const payload = JSON.stringify(rows.map((r, position) => (r.id ? { id: r.id, name: r.name, position } : { slug: r.slug, name: r.name, position })));

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded border border-line bg-white p-4" aria-labelledby="sections-heading">
      <h2 id="sections-heading" className="text-lg font-bold">
        新闻栏目
      </h2>
      <input type="hidden" name="sections" value={payload} />
      <ol className="space-y-2">
        {rows.map((r, i) => (
          <li key={r.key} className="flex flex-wrap items-center gap-2">
            <span className="w-6 text-right text-sm text-muted">{i + 1}</span>
            <input aria-label={`栏目${i + 1}名称`} value={r.name} maxLength={10} onChange={(e) => update(i, { name: e.target.value })} className={`${inputClass} mt-0 w-32`} />
            {r.id ? (
              <code className="text-sm text-muted">/news/{r.slug}</code>
            ) : (
              <input aria-label={`栏目${i + 1}网址（拼音）`} placeholder="网址，如 jiaoyu" value={r.slug} onChange={(e) => update(i, { slug: e.target.value.toLowerCase() })} className={`${inputClass} mt-0 w-40`} />
            )}
            <button type="button" onClick={() => move(i, -1)} disabled={i === 0} className="min-h-11 rounded border border-line px-3 text-sm disabled:opacity-40">
              上移<span className="sr-only">{r.name}</span>
            </button>
            <button type="button" onClick={() => move(i, 1)} disabled={i === rows.length - 1} className="min-h-11 rounded border border-line px-3 text-sm disabled:opacity-40">
              下移<span className="sr-only">{r.name}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setRows((c) => [...c, { key: `new${Date.now()}`, slug: "", name: "" }])} className="min-h-11 rounded border border-dashed border-line px-4 text-sm">
        添加栏目
      </button>
      {errors.sections ? <p className="text-sm text-brand">{errors.sections}</p> : null}
      <SubmitBar label="保存栏目" pending={pending} state={state} />
    </form>
  );
}
