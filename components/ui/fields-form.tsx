"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { FieldFrame, Options } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "number" | "textarea" | "checkbox" | "select" | "email" | "date" | "time";
  initial?: string;
  hint?: string;
  options?: { value: string; label: string }[];
  step?: string;
  /** Latest date a date field accepts ("YYYY-MM-DD"). */
  max?: string;
  /** The phone keyboard: "decimal" for amounts typed the Indonesian way ("1.250.000,50"). */
  inputMode?: "numeric" | "decimal";
};

/**
 * A form driven by field specs and a server action returning ActionState: per-field errors next to each
 * field, and the values the user typed are shown again after an error (nothing typed is lost).
 */
export function FieldsForm({
  action,
  fields,
  submitLabel,
  savedLabel,
  hidden,
  inline,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  submitLabel: string;
  savedLabel: string;
  hidden?: Record<string, string>;
  inline?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const valueOf = (f: FieldSpec) =>
    state.status === "error" ? (state.values?.[f.name] ?? "") : (state.values?.[f.name] ?? f.initial ?? "");
  return (
    <form
      action={formAction}
      className="card"
      key={state.status === "ok" ? JSON.stringify(state.values ?? {}) : "form"}
    >
      <ActionStatus state={state} saved={savedLabel} />
      {hidden && Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className={inline ? "form-inline" : undefined}>
        {fields.map((f) => {
          const id = `ff-${f.name}`;
          const error = state.fields?.[f.name];
          if (f.type === "checkbox") {
            return (
              <div className="field" key={f.name}>
                <label>
                  <input
                    type="checkbox"
                    id={id}
                    name={f.name}
                    value="true"
                    defaultChecked={valueOf(f) === "true"}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />{" "}
                  {f.label}
                </label>
                {error && (
                  <span id={`${id}-error`} className="error" role="alert">
                    {error}
                  </span>
                )}
              </div>
            );
          }
          return (
            <FieldFrame
              key={f.name}
              id={id}
              label={f.label}
              name={f.name}
              error={error}
              hint={f.hint}
              control={(aria) =>
                f.type === "textarea" ? (
                  <textarea {...aria} defaultValue={valueOf(f)} />
                ) : f.type === "select" ? (
                  <select {...aria} defaultValue={valueOf(f)}>
                    <Options options={f.options ?? []} />
                  </select>
                ) : (
                  <input
                    {...aria}
                    type={f.type ?? "text"}
                    step={f.step}
                    max={f.max}
                    inputMode={f.inputMode}
                    defaultValue={valueOf(f)}
                  />
                )
              }
            />
          );
        })}
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
