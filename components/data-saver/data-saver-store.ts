// The 省流量 choice on this device, for the switches and the components that
// skip downloads (the video poster). The pre-paint script
// (lib/client/data-saver/apply-script.ts) has already applied it to <html>.
import {
  type ConnectionHint,
  DATA_SAVER_ATTRIBUTE,
  DATA_SAVER_KEY,
  type DataSaverChoice,
  dataSaverActive,
  parseDataSaverChoice,
} from "@/lib/client/data-saver/data-saver-mode";

const listeners = new Set<() => void>();

export function currentDataSaverChoice(): DataSaverChoice {
  try {
    return parseDataSaverChoice(localStorage.getItem(DATA_SAVER_KEY));
  } catch {
    return "auto";
  }
}

/** Whether 省流量 is on for this page (the attribute the pre-paint script or a switch set). */
export function dataSaverOn(): boolean {
  return document.documentElement.hasAttribute(DATA_SAVER_ATTRIBUTE);
}

function connectionHint(): ConnectionHint {
  return (navigator as Navigator & { connection?: ConnectionHint }).connection;
}

export function setDataSaverChoice(choice: DataSaverChoice) {
  try {
    localStorage.setItem(DATA_SAVER_KEY, choice);
  } catch {
    // Private mode or a full storage: the choice holds for this page only.
  }
  if (dataSaverActive(choice, connectionHint())) document.documentElement.setAttribute(DATA_SAVER_ATTRIBUTE, "on");
  else document.documentElement.removeAttribute(DATA_SAVER_ATTRIBUTE);
  for (const listener of listeners) listener();
}

export function subscribeDataSaver(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
