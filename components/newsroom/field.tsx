type FieldProps = {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
};

/** A labelled form control with its hint and its error, wired for screen readers. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-brand">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = "mt-1 block min-h-11 w-full rounded border border-line bg-white px-3 focus:border-brand aria-[invalid=true]:border-brand";
