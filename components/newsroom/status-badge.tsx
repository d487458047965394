import { statusLabel } from "@/lib/newsroom/status-labels";

const COLORS: Record<string, string> = {
  draft: "bg-neutral-200 text-neutral-800",
  submitted: "bg-amber-100 text-amber-900",
  scheduled: "bg-sky-100 text-sky-900",
  published: "bg-green-100 text-green-900",
  withdrawn: "bg-red-100 text-red-900",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs whitespace-nowrap ${COLORS[status] ?? ""}`}>{statusLabel(status)}</span>;
}
