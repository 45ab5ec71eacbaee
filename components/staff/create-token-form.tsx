"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { TextField, SelectField } from "@/components/ui/field";

export function CreateTokenForm({
  action,
  labels,
  roles,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: { name: string; role: string; validDays: string; days: string; create: string; shownOnce: string };
  roles: { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="card">
      {state.status === "error" && (
        <div className="alert alert-error" role="alert">
          {state.message}
        </div>
      )}
      {state.status === "ok" && state.data?.token && (
        <div className="alert alert-ok" role="status">
          <p>{labels.shownOnce}</p>
          <code className="secret" data-testid="new-token">
            {state.data.token}
          </code>
        </div>
      )}
      <div className="form-inline">
        <TextField
          label={labels.name}
          name="name"
          error={state.fields?.name}
          defaultValue={state.values?.name}
          required
        />
        <SelectField
          label={labels.role}
          name="role"
          defaultValue={state.values?.role ?? "OFFICER"}
          error={state.fields?.role}
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={labels.validDays}
          name="validDays"
          defaultValue={state.values?.validDays ?? "90"}
          error={state.fields?.validDays}
        >
          {[30, 90, 180, 365].map((d) => (
            <option key={d} value={String(d)}>
              {labels.days.replace("{n}", String(d))}
            </option>
          ))}
        </SelectField>
        <button className="btn" type="submit" disabled={pending}>
          {labels.create}
        </button>
      </div>
    </form>
  );
}
