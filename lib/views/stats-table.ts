// Every chart in 数据 is drawn from a table, and the same table is shown
// beside it and exported as CSV: one structure, so the three cannot differ.

export type Cell = string | number;
export type ChartKind = "line" | "bar" | "pie" | "none";

export type StatsTable = {
  /** Stable id: the CSV export's `table` parameter and the element's anchor. */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** How the chart beside the table draws it: the first column as labels, the number columns as series. */
  chart: ChartKind;
};

/** RFC 4180 CSV with a BOM, so that Excel in a Chinese locale reads UTF-8. Formula-like text is defused. */
export function tableToCsv(table: StatsTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvCell(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  // A title starting with = + - @ would run as a formula in a spreadsheet.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "12.5%" of a part in a whole; "—" when the whole is zero. */
export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—";
}
