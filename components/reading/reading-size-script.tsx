import { APPLY_SAVED_SIZE_SCRIPT } from "./reading-size";

/** Applies the saved 长辈模式 size before the page's content is painted. Rendered first in the readers' layout. */
export function ReadingSizeScript() {
  return <script dangerouslySetInnerHTML={{ __html: APPLY_SAVED_SIZE_SCRIPT }} />;
}
