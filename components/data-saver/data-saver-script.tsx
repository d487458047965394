import { APPLY_DATA_SAVER_SCRIPT } from "@/lib/client/data-saver/apply-script";

/** Applies 省流量 before the page's content is parsed, and answers taps on picture placeholders. Rendered first in the readers' layout. */
export function DataSaverScript() {
  return <script dangerouslySetInnerHTML={{ __html: APPLY_DATA_SAVER_SCRIPT }} />;
}
