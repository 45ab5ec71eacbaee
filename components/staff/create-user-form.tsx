"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { TextField, SelectField, Options } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

type Labels = {
  name: string;
  email: string;
  role: string;
  password: string;
  create: string;
  created: string;
  agency: string;
  noAgency: string;
};

export function CreateUserForm({
  action,
  labels,
  roles,
  agencies,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: Labels;
  roles: { value: string; label: string }[];
  /** Technical agencies (issue 20): an AGENCY account must name one; the server refuses it for other roles. */
  agencies: string[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="card" key={state.status === "ok" ? state.message : "form"}>
      <ActionStatus state={state} saved={labels.created.replace("{email}", state.message ?? "")} />
      <div className="form-inline">
        <TextField label={labels.name} name="name" defaultValue={v.name} error={state.fields?.name} required />
        <TextField
          label={labels.email}
          name="email"
          type="email"
          defaultValue={v.email}
          error={state.fields?.email}
          required
        />
        <SelectField label={labels.role} name="role" defaultValue={v.role ?? "OFFICER"} error={state.fields?.role}>
          <Options options={roles} />
        </SelectField>
        <SelectField label={labels.agency} name="agency" defaultValue={v.agency ?? ""} error={state.fields?.agency}>
          <option value="">{labels.noAgency}</option>
          {agencies.map((agency) => (
            <option key={agency} value={agency}>
              {agency}
            </option>
          ))}
        </SelectField>
        <TextField
          label={labels.password}
          name="password"
          type="password"
          autoComplete="new-password"
          error={state.fields?.password}
          required
        />
        <Button type="submit" disabled={pending}>
          {labels.create}
        </Button>
      </div>
    </form>
  );
}
