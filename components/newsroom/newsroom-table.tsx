import type { ReactNode } from "react";

type NewsroomTableProps = {
  headings: string[];
  /** What to say instead of an empty table. */
  empty: string;
  isEmpty: boolean;
  /** The rows (<tr>). */
  children: ReactNode;
};

/** The newsroom's list tables: a scrolling frame, a header row, or a sentence when there is nothing. */
export function NewsroomTable({ headings, empty, isEmpty, children }: NewsroomTableProps) {
  if (isEmpty) return <p className="py-10 text-center text-muted">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-sm">
        <thead className="bg-neutral-100 text-left">
          <tr>
            {headings.map((h) => (
              <th key={h} className="px-3 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}
