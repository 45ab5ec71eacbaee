"use client";
import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action-state";
import { FieldFrame } from "@/components/ui/field";
import { ProblemList } from "@/components/ui/action-error";

const SPREADSHEET_ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type FormFieldSpec = {
  name: string;
  label: string;
  kind: "text" | "number" | "date" | "select" | "textarea" | "hidden" | "answer" | "file";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  /** Where the cursor goes after a successful save (paper entry: the first answer of the next sheet). */
  focusAfterSave?: boolean;
};

/**
 * A props-driven form for staff server actions: shows the action's message, a message per field, and keeps what
 * was typed on an error. On success the form remounts (cleared) except values the action sends back in `values`
 * (paper entry keeps date/service/counter for the next sheet). Keyboard-only friendly: focus returns to the first field.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  okMessage,
  className,
  testId,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  fields: FormFieldSpec[];
  submitLabel: string;
  okMessage?: string;
  className?: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const formRef = useRef<HTMLFormElement>(null);
  const resetKey = state.status === "ok" ? (state.data?.savedAt ?? "ok") : "edit";
  useEffect(() => {
    if (state.status === "idle") return;
    const target =
      state.status === "error"
        ? formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")
        : (formRef.current?.querySelector<HTMLElement>("[data-focus-ok]") ??
          formRef.current?.querySelector<HTMLElement>("[data-first]"));
    target?.focus();
  }, [state]);
  const valueOf = (f: FormFieldSpec) => state.values?.[f.name] ?? f.defaultValue ?? "";
  // The first visible field gets focus after a successful save (unless a field asks for it with focusAfterSave).
  const firstVisibleField = fields.find((f) => f.kind !== "hidden")?.name;
  // Errors that belong to no field of this form (e.g. "line 12 / U4" from an import) are listed under the message.
  const otherErrors = Object.entries(state.fields ?? {}).filter(([key]) => !fields.some((f) => f.name === key));
  return (
    <form ref={formRef} action={formAction} className={className ?? "card stack"} data-testid={testId} key={resetKey}>
      {state.status === "error" && state.message && (
        <div className="alert alert-error" role="alert">
          <p>{state.message}</p>
          <ProblemList problems={otherErrors} testId="form-problems" />
        </div>
      )}
      {state.status === "ok" && (okMessage || state.message) && (
        <div className="alert alert-ok" role="status">
          <p>{state.message ?? okMessage}</p>
          {state.data?.secret && (
            <code className="secret" data-testid="shown-once">
              {state.data.secret}
            </code>
          )}
        </div>
      )}
      <div className="grid">
        {fields.map((f) => {
          if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={valueOf(f)} />;
          const error = state.fields?.[f.name];
          const extra = {
            required: f.required,
            ...(f.name === firstVisibleField ? { "data-first": "1" } : {}),
            ...(f.focusAfterSave ? { "data-focus-ok": "1" } : {}),
          };
          return (
            <FieldFrame
              key={f.name}
              label={f.label}
              name={f.name}
              error={error}
              hint={f.hint}
              control={(aria) => {
                const common = { ...aria, ...extra, defaultValue: valueOf(f) };
                if (f.kind === "select")
                  return (
                    <select {...common}>
                      {(f.options ?? []).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  );
                if (f.kind === "textarea") return <textarea {...common} rows={3} />;
                if (f.kind === "file")
                  return <input {...aria} type="file" accept={SPREADSHEET_ACCEPT} required={f.required} />;
                if (f.kind === "answer")
                  return (
                    <input
                      {...common}
                      type="text"
                      inputMode="numeric"
                      pattern="[1-4]?"
                      maxLength={1}
                      size={2}
                      autoComplete="off"
                    />
                  );
                return <input {...common} type={f.kind} autoComplete="off" />;
              }}
            />
          );
        })}
      </div>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
