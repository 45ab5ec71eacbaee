"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { TextField, SelectField } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { fieldBinder } from "@/components/ui/field-binding";

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
  const bind = fieldBinder(labels, state.values, state.fields);
  return (
    <form action={formAction} className="card">
      <ActionStatus
        state={state}
        saved={
          state.data?.token && (
            <>
              <p>{labels.shownOnce}</p>
              <code className="secret" data-testid="new-token">
                {state.data.token}
              </code>
            </>
          )
        }
      />
      <div className="form-inline">
        <TextField {...bind("name")} required />
        <SelectField {...bind("role", "OFFICER")} options={roles} />
        <SelectField {...bind("validDays", "90")}>
          {[30, 90, 180, 365].map((d) => (
            <option key={d} value={String(d)}>
              {labels.days.replace("{n}", String(d))}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {labels.create}
        </Button>
      </div>
    </form>
  );
}
