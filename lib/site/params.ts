// Route parameters arrive as arbitrary strings. Anything that is not a plain
// positive number of sane length is treated as "no such page" (404), never
// passed on to the database.

export function parsePositiveInt(value: string, maxDigits = 9): number | null {
  if (!new RegExp(`^[1-9]\\d{0,${maxDigits - 1}}$`).test(value)) return null;
  return Number(value);
}

export const parseArticleId = (value: string) => parsePositiveInt(value, 9);
export const parsePageNumber = (value: string) => parsePositiveInt(value, 6);
