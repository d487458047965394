// Article statuses as the newsroom names them.
export const STATUS_LABELS: Record<string, string> = {
  draft: "草稿",
  submitted: "待审",
  scheduled: "定时",
  published: "已发布",
  withdrawn: "已撤稿",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}
