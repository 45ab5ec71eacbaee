import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

type FieldProps = { label: string; name: string; error?: string; hint?: string };

/**
 * The frame every labelled control shares: label, optional hint, the control, and an announced error, linked by
 * aria-describedby. `control` receives the id and ARIA attributes to put on the input or select.
 */
export function FieldFrame({
  label,
  name,
  error,
  hint,
  id,
  control,
}: FieldProps & {
  id?: string;
  control: (aria: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const fieldId = id ?? `f-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <span id={`${fieldId}-hint`} className="hint">
          {hint}
        </span>
      )}
      {control({ id: fieldId, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <span id={`${fieldId}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled input whose error is announced and linked with aria-describedby. */
export function TextField({
  label,
  name,
  error,
  hint,
  id,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <FieldFrame {...{ label, name, error, hint, id }} control={(aria) => <input {...aria} {...input} />} />;
}

/** A labelled select, framed like TextField. */
export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <FieldFrame
      {...{ label, name, error, hint, id }}
      control={(aria) => (
        <select {...aria} {...select}>
          {children}
        </select>
      )}
    />
  );
}
