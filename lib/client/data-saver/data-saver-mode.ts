// 省流量 (data saver): the reader's choice, kept on the device like 长辈模式
// (pages stay cached; nothing about the reader reaches the server), and the
// rule that turns it into on or off. 自动 follows the browser: Save-Data
// (`navigator.connection.saveData`, what Chromium's 省流量 setting and the
// `Save-Data: on` header come from) or a 2G-class connection.

export const DATA_SAVER_KEY = "qdn-data-saver";
/** Set on <html> while 省流量 is on: app/globals.css hides pictures, components skip posters. */
export const DATA_SAVER_ATTRIBUTE = "data-saver";

export const DATA_SAVER_CHOICES = [
  { value: "auto", label: "自动" },
  { value: "on", label: "开" },
  { value: "off", label: "关" },
] as const;

export type DataSaverChoice = (typeof DATA_SAVER_CHOICES)[number]["value"];

/** What the Network Information API tells us, where the browser has it. */
export type ConnectionHint = { saveData?: boolean; effectiveType?: string } | undefined | null;

const SLOW_CONNECTIONS = ["slow-2g", "2g"];

export function parseDataSaverChoice(value: string | null | undefined): DataSaverChoice {
  return value === "on" || value === "off" ? value : "auto";
}

export function dataSaverActive(choice: DataSaverChoice, connection: ConnectionHint): boolean {
  if (choice !== "auto") return choice === "on";
  return connection?.saveData === true || SLOW_CONNECTIONS.includes(connection?.effectiveType ?? "");
}
