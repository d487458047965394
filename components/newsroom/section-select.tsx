import type { SectionView } from "@/lib/view-types";
import { Field, inputClass } from "./field";

type SectionSelectProps = { sections: SectionView[]; defaultValue: number | undefined; error?: string };

/** 栏目: the sections the editor may use, as a labelled select named sectionId. */
export function SectionSelect({ sections, defaultValue, error }: SectionSelectProps) {
  return (
    <Field label="栏目" name="sectionId" error={error}>
      {(a) => (
        <select {...a} name="sectionId" defaultValue={defaultValue} className={inputClass}>
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
