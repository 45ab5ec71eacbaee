"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionError } from "@/components/ui/action-error";
import { SelectField, TextField } from "@/components/ui/field";
import { formatCount } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";

type Labels = Record<
  "importTitle" | "importHelp" | "version" | "sourceLabel" | "file" | "importButton" | "imported",
  string
>;

/** The admin's upload of the official KBLI table: version, source, file; every problem listed by line. */
export function KbliImportForm({
  action,
  labels,
  versions,
  locale,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: Labels;
  versions: readonly string[];
  locale: Locale;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const done = state.status === "ok" ? state.data : undefined;
  return (
    <form action={formAction} className="card stack" aria-labelledby="kbli-import-title">
      <h2 id="kbli-import-title">{labels.importTitle}</h2>
      <p className="muted">{labels.importHelp}</p>
      <ActionError state={state} />
      {done && (
        <div className="alert alert-ok" role="status" data-testid="kbli-imported">
          {labels.imported
            .replace("{version}", done.version ?? "")
            .replace("{codes}", formatCount(Number(done.codes ?? 0), locale))
            .replace("{skipped}", formatCount(Number(done.skipped ?? 0), locale))}
        </div>
      )}
      <SelectField
        label={labels.version}
        name="version"
        id="kbli-version"
        defaultValue={state.values?.version ?? versions[0]}
      >
        {versions.map((version) => (
          <option key={version} value={version}>
            KBLI {version}
          </option>
        ))}
      </SelectField>
      <TextField
        label={labels.sourceLabel}
        name="source"
        id="kbli-source"
        required
        minLength={5}
        maxLength={300}
        defaultValue={state.values?.source ?? ""}
        error={state.status === "error" ? state.fields?.source : undefined}
      />
      <div className="field">
        <label htmlFor="kbli-file">{labels.file}</label>
        <input id="kbli-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required />
      </div>
      <div>
        <button className="btn" type="submit" disabled={pending}>
          {labels.importButton}
        </button>
      </div>
    </form>
  );
}
