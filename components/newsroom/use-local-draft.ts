"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** A copy of the editor's fields kept in this browser while typing. */
export type LocalDraft = { savedAt: number; version: number | null; fields: Record<string, string> };

// Fields that say which action ran rather than what was written.
const NOT_CONTENT = new Set(["id", "version", "intent"]);
const WAIT_MS = 800;

function fieldsOf(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (!NOT_CONTENT.has(key) && !key.startsWith("$") && typeof value === "string") out[key] = value;
  }
  return out;
}

function sameFields(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? "") === (b[k] ?? ""));
}

/**
 * Autosave to the device: what is typed is copied to localStorage (under the
 * article's id, or "new") a moment after each change, so a crash, a closed
 * tab or a lost network loses nothing. On the next visit the copy is offered
 * back when it differs from what the server has; a successful save drops it.
 * The copy remembers the version it was based on, and restoring it puts that
 * version back in the form: if someone saved a newer one since, the server's
 * version check refuses the save instead of overwriting their text.
 */
export function useLocalDraft(form: React.RefObject<HTMLFormElement | null>, articleId: number | null, version: number | null) {
  const key = `qdn-newsroom-draft:${articleId ?? "new"}`;
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const baseline = useRef<Record<string, string> | null>(null);

  useEffect(() => {
    // What the server gave, as the form posts it: read at once, before the first keystroke.
    if (form.current) baseline.current = fieldsOf(form.current);
    try {
      const raw = localStorage.getItem(key);
      if (!raw) return;
      const draft = JSON.parse(raw) as LocalDraft;
      if (baseline.current && sameFields(draft.fields, baseline.current)) localStorage.removeItem(key);
      // localStorage is read after mounting (the server render has none): an external system.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      else setOffer(draft);
    } catch {
      localStorage.removeItem(key);
    }
  }, [key, form]);

  const keep = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form.current) return;
      const fields = fieldsOf(form.current);
      if (baseline.current && sameFields(fields, baseline.current)) return;
      try {
        localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), version, fields } satisfies LocalDraft));
      } catch {
        // Storage full or refused (private mode): the server save still works.
      }
    }, WAIT_MS);
  };

  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    localStorage.removeItem(key);
    if (form.current) baseline.current = fieldsOf(form.current);
  };

  const discard = useCallback(() => {
    localStorage.removeItem(key);
    setOffer(null);
  }, [key]);

  return { offer, setOffer, keep, clear, discard };
}
