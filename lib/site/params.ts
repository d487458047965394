// Route parameters arrive as arbitrary strings. Anything that is not a plain
// positive number of sane length is treated as "no such page" (404), never
// passed on to the database.

export function parsePositiveInt(value: string, maxDigits = 9): number | null {
  if (!new RegExp(`^[1-9]\\d{0,${maxDigits - 1}}$`).test(value)) return null;
  return Number(value);
}

/** A record id in a route (/article/<id>, /photos/<id>, /newsroom/video/<id>, …). */
export const parseId = (value: string) => parsePositiveInt(value, 9);
export const parsePageNumber = (value: string) => parsePositiveInt(value, 6);

/** Whether a number can be a record id: the data layer's reads answer "none" for anything else. */
export function isId(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/** Ids kept as one comma-separated column (a submission's pictures), in their order; anything else is skipped. */
export function parseIdList(value: string): number[] {
  return value.split(",").map(Number).filter(isId);
}
