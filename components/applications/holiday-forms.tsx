"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { SelectField, TextField } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { fieldBinder } from "@/components/ui/field-binding";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function HolidayForm({ action, labels }: { action: Action; labels: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const bind = fieldBinder(labels, state.values, state.fields);
  return (
    <form action={formAction} className="card">
      <ActionStatus state={state} />
      <div className="form-inline">
        <TextField {...bind("date")} type="date" required />
        <SelectField {...bind("kind", "libur_nasional")}>
          <option value="libur_nasional">{labels.libur_nasional}</option>
          <option value="cuti_bersama">{labels.cuti_bersama}</option>
        </SelectField>
        <TextField {...bind("name")} required />
        <Button type="submit" disabled={pending}>
          {labels.add}
        </Button>
      </div>
    </form>
  );
}

export function HolidayImportForm({
  action,
  labels,
  defaultYear,
}: {
  action: Action;
  labels: Record<string, string>;
  defaultYear: number;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="card">
      <h2>{labels.importTitle}</h2>
      <ActionStatus state={state} saved={labels.imported.replace("{count}", state.data?.count ?? "0")} listFields />
      <div className="form-inline">
        <TextField
          label={labels.year}
          name="year"
          type="number"
          defaultValue={state.values?.year ?? String(defaultYear)}
          required
        />
        <div className="field">
          <label htmlFor="holiday-file">CSV / Excel</label>
          <input
            id="holiday-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
          />
        </div>
        <Button type="submit" disabled={pending}>
          {labels.importButton}
        </Button>
      </div>
    </form>
  );
}
