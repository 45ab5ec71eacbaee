import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

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

/** One choice of a select: the value sent and the text shown. */
export type SelectOption = { value: string; label: string };

/** The option elements of a list of choices. */
export function Options({ options }: { options: readonly SelectOption[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/** A labelled select, framed like TextField; its choices are `options`, or option elements as children. */
export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  options,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options?: readonly SelectOption[]; children?: ReactNode }) {
  return (
    <FieldFrame
      {...{ label, name, error, hint, id }}
      control={(aria) => (
        <select {...aria} {...select}>
          {children}
          {options && <Options options={options} />}
        </select>
      )}
    />
  );
}

/** A labelled textarea, framed like TextField. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  id,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <FieldFrame {...{ label, name, error, hint, id }} control={(aria) => <textarea {...aria} {...textarea} />} />;
}
