import type { ReactNode } from "react";

/** A radio choice with a large touch target (44 px). */
export function Choice(props: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
  type?: "radio" | "checkbox";
  id?: string;
  describedBy?: string;
}) {
  return (
    <label className="opt">
      <input
        type={props.type ?? "radio"}
        id={props.id}
        name={props.name}
        value={props.value}
        defaultChecked={props.checked}
        aria-describedby={props.describedBy}
        aria-invalid={props.describedBy ? true : undefined}
      />{" "}
      <span>{props.label}</span>
    </label>
  );
}

export function FieldError({ id, message }: { id?: string; message?: string }) {
  return message ? (
    <p className="err" id={id}>
      {message}
    </p>
  ) : null;
}

/** A group of radios as fieldset + legend; an error marks the group and is read with it. */
export function RadioGroup(props: {
  id: string;
  legend: ReactNode;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: string | undefined;
  error?: string;
  errorId?: string;
}) {
  const errorId = props.errorId ?? `err-${props.name}`;
  return (
    <fieldset
      id={props.id}
      className={props.error ? "invalid" : undefined}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      <FieldError id={errorId} message={props.error} />
      {props.options.map((o) => (
        <Choice key={o.value} name={props.name} value={o.value} label={o.label} checked={props.selected === o.value} />
      ))}
    </fieldset>
  );
}

/** A labelled field: label, optional hint, error, control. */
export function Field(props: { id: string; label: ReactNode; error?: string; errorId: string; children: ReactNode }) {
  return (
    <div className={props.error ? "field invalid" : "field"}>
      <label htmlFor={props.id}>{props.label}</label>
      <FieldError id={props.errorId} message={props.error} />
      {props.children}
    </div>
  );
}

/** aria attributes of a control with an optional error. */
export const describedBy = (errorId: string, error?: string) =>
  error ? { "aria-describedby": errorId, "aria-invalid": true as const } : {};
