// 长辈模式 (适老化): the reader's chosen text size, kept on the device like
// 收藏 (pages stay cached; nothing about the reader reaches the server). It
// is applied as `data-elder` on <html>, which app/globals.css turns into
// larger type, higher contrast, larger targets, one column and no motion.

export const READING_SIZE_KEY = "qdn-reading-size";
export const READING_SIZE_ATTRIBUTE = "data-elder";

export const READING_SIZES = [
  { value: "off", label: "标准" },
  { value: "1", label: "大" },
  { value: "2", label: "较大" },
  { value: "3", label: "特大" },
] as const;

export type ReadingSize = (typeof READING_SIZES)[number]["value"];

const isReadingSize = (value: string | null): value is ReadingSize => READING_SIZES.some((s) => s.value === value);

/**
 * Runs in <head>-order before the page's content is parsed (components/reading/reading-size-script.tsx),
 * so a reader in 长辈模式 never sees the small layout first.
 */
export const APPLY_SAVED_SIZE_SCRIPT = `try{var s=localStorage.getItem(${JSON.stringify(READING_SIZE_KEY)});if(s==="1"||s==="2"||s==="3")document.documentElement.setAttribute(${JSON.stringify(READING_SIZE_ATTRIBUTE)},s)}catch(e){}`;

const listeners = new Set<() => void>();

export function currentReadingSize(): ReadingSize {
  const value = document.documentElement.getAttribute(READING_SIZE_ATTRIBUTE);
  return isReadingSize(value) ? value : "off";
}

export function setReadingSize(size: ReadingSize) {
  if (size === "off") document.documentElement.removeAttribute(READING_SIZE_ATTRIBUTE);
  else document.documentElement.setAttribute(READING_SIZE_ATTRIBUTE, size);
  try {
    localStorage.setItem(READING_SIZE_KEY, size);
  } catch {
    // Private mode or a full storage: the size holds for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeReadingSize(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
