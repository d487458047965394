import type { SectionView } from "@/lib/view-types";
import { Field, inputClass } from "./field";

/** 栏目: the sections the page offers this user (the server checks again on save). */
export function SectionField({ sections, defaultValue, error }: { sections: SectionView[]; defaultValue?: number; error?: string }) {
  return (
    <Field label="栏目" name="sectionId" error={error}>
      {(a) => (
        <select {...a} name="sectionId" defaultValue={defaultValue ?? sections[0]?.id} className={inputClass}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
