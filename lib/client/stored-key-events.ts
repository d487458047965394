// The browser stores (收藏, 关注) tell their own tab of a change with an event
// of their own and hear other tabs through "storage": one subscription for both.

/** Calls back when `key` changes in this tab (`changeEvent`) or in another one; returns the unsubscribe. */
export function subscribeStoredKey(key: string, changeEvent: string, callback: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === key) callback();
  };
  window.addEventListener(changeEvent, callback);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(changeEvent, callback);
    window.removeEventListener("storage", onStorage);
  };
}
