import type { TopicGroupView } from "@/lib/view-types";
import { TopicItemCard } from "./topic-item-card";

/** A topic's groups in order, each a titled list of its items; a group with nothing to show is left out. */
export function TopicGroups({ groups }: { groups: TopicGroupView[] }) {
  const shown = groups.filter((g) => g.items.length > 0);
  if (shown.length === 0) return <p className="py-8 text-center text-muted">专题内容正在整理中</p>;
  return (
    <div className="space-y-8">
      {shown.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`} className="border-b-2 border-brand pb-1 text-lg font-bold">
            {g.title}
          </h2>
          <ul className="divide-y divide-line">
            {g.items.map((item) => (
              <li key={item.itemId}>
                <TopicItemCard item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
