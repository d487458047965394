import { formatDateTime } from "@/lib/format/date";
import type { LocalDraft } from "./use-local-draft";
import { buttonStyles } from "./button-styles";

/** Offers back the text kept on this device when it differs from the saved one. */
export function LocalDraftPrompt({ draft, onRestore, onDiscard }: { draft: LocalDraft; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="min-w-0 flex-1">
        本机保存了 {formatDateTime(new Date(draft.savedAt))} 未保存的修改{draft.version ? `（基于第${draft.version}版）` : ""}，要恢复吗？
      </p>
      <button type="button" onClick={onRestore} className={buttonStyles.primary}>
        恢复
      </button>
      <button type="button" onClick={onDiscard} className={buttonStyles.secondary}>
        丢弃
      </button>
    </div>
  );
}
