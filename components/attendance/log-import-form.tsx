"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionError } from "@/components/ui/action-error";
import { FileField, SPREADSHEET_ACCEPT } from "@/components/ui/file-field";

type Labels = Record<
  | "file"
  | "format"
  | "formatTab"
  | "formatCsv"
  | "importButton"
  | "result"
  | "unknownTitle"
  | "unknownHint"
  | "pin"
  | "punches"
  | "excelHint",
  string
>;

const fill = (template: string, data: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => data[k] ?? m);

/** Upload of one check-clock log; shows what was stored and the PINs nobody has. */
export function LogImportForm({
  action,
  labels,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const unknown: { pin: string; punches: number }[] = state.data?.unknownPins ? JSON.parse(state.data.unknownPins) : [];
  return (
    <form action={formAction} className="card stack">
      <ActionError state={state} />
      {state.status === "ok" && state.data && (
        <div className="alert alert-ok" role="status" data-testid="attendance-import-result">
          {fill(labels.result, state.data)}
        </div>
      )}
      {unknown.length > 0 && (
        <div className="alert alert-warn" data-testid="attendance-unknown-pins">
          <strong>{labels.unknownTitle}</strong>
          <ul>
            {unknown.map((u) => (
              <li key={u.pin}>
                {labels.pin} {u.pin}: {u.punches} {labels.punches.toLowerCase()}
              </li>
            ))}
          </ul>
          <p className="small">{labels.unknownHint}</p>
        </div>
      )}
      <div className="form-inline">
        <div className="field">
          <label htmlFor="attendance-format">{labels.format}</label>
          <select id="attendance-format" name="format" defaultValue={state.values?.format ?? "tab"}>
            <option value="tab">{labels.formatTab}</option>
            <option value="csv">{labels.formatCsv}</option>
          </select>
        </div>
        <FileField
          id="attendance-file"
          label={labels.file}
          name="file"
          accept={`.dat,.txt,.tsv,text/plain,${SPREADSHEET_ACCEPT}`}
          required
        />
        <button className="btn" type="submit" disabled={pending}>
          {labels.importButton}
        </button>
      </div>
      <p className="muted small">{labels.excelHint}</p>
    </form>
  );
}
