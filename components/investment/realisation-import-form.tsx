"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ActionStatus } from "@/components/ui/action-error";
import { SubmitRow } from "@/components/ui/button";

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

/** Upload of an LKPM CSV through a server action; a rejected file lists every row error (line / column, reason). */
export function RealisationImportForm({
  action,
  labels,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  labels: Record<"file" | "import" | "imported" | "errors" | "location" | "reason", string>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const rowErrors = Object.entries(state.fields ?? {}).filter(([key]) => key !== "file");
  return (
    <form action={formAction} className="stack">
      <div className="field">
        <label htmlFor="lkpm-file">{labels.file}</label>
        <input
          id="lkpm-file"
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          aria-invalid={state.fields?.file ? true : undefined}
        />
      </div>
      <SubmitRow pending={pending}>{labels.import}</SubmitRow>
      {state.status === "ok" && state.data && (
        <div className="alert alert-ok" role="status" data-testid="lkpm-import-ok">
          {fill(labels.imported, state.data)}
        </div>
      )}
      <ActionStatus state={state} />
      {rowErrors.length > 0 && (
        <ScrollTable>
          <table>
            <caption>{labels.errors}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.location}</th>
                <th scope="col">{labels.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rowErrors.map(([key, message]) => (
                <tr key={key}>
                  <td>{key}</td>
                  <td>{message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </form>
  );
}
