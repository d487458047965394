/** 进行中 / 已结束. */
export function TopicStatusBadge({ ongoing }: { ongoing: boolean }) {
  return ongoing ? (
    <span className="inline-block rounded bg-brand px-1.5 py-0.5 text-xs font-normal whitespace-nowrap text-white">进行中</span>
  ) : (
    <span className="inline-block rounded bg-neutral-600 px-1.5 py-0.5 text-xs font-normal whitespace-nowrap text-white">已结束</span>
  );
}
