import type { PhotoSetListItem } from "@/lib/view-types";
import { PhotoSetCard } from "./photo-set-card";

/** /photos: two columns on phones, three on tablets, four on desktops. */
export function PhotoSetGrid({ items }: { items: PhotoSetListItem[] }) {
  if (items.length === 0) return <p className="py-8 text-center text-muted">暂无图集</p>;
  return (
    <ul className="mt-4 grid grid-cols-2 gap-x-3 gap-y-5 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((set) => (
        <li key={set.id}>
          <PhotoSetCard set={set} sizes="(min-width: 1024px) 270px, (min-width: 640px) 33vw, 50vw" />
        </li>
      ))}
    </ul>
  );
}
