"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/action-state";
import { SelectField, TextField, Options } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

type Option = { value: string; label: string };

export type ActionFieldsLabels = {
  periodKey: string;
  periodKeyHint: string;
  basis: string;
  title: string;
  description: string;
  ownerUserId: string;
  noOwner: string;
  ownerUnit: string;
  ownerUnitHint: string;
  dueDay: string;
  submit: string;
  saved: string;
};

/**
 * Creates a follow-up action (period, basis, what, owner, due date) or, with `id`, edits the what/owner/due date of
 * one (period and basis stay as planned). Errors appear under their fields; typed values are kept.
 */
export function ActionFieldsForm(props: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: ActionFieldsLabels;
  basisGroups: { label: string; options: Option[] }[];
  staff: Option[];
  initial: Record<string, string>;
  id?: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const v = { ...props.initial, ...(state.values ?? {}) };
  const e = state.fields ?? {};
  const l = props.labels;
  const isEdit = props.id !== undefined;
  return (
    <form action={formAction} className="stack" noValidate>
      <ActionStatus state={state} saved={l.saved} />
      {isEdit ? <input type="hidden" name="id" value={props.id} /> : null}
      {isEdit ? (
        <>
          <input type="hidden" name="periodKey" value={v.periodKey} />
          <input type="hidden" name="basis" value={v.basis} />
        </>
      ) : (
        <>
          <TextField
            label={l.periodKey}
            hint={l.periodKeyHint}
            name="periodKey"
            id="fu-periodKey"
            defaultValue={v.periodKey}
            error={e.periodKey}
            required
          />
          <SelectField
            label={l.basis}
            name="basis"
            id="fu-basis"
            defaultValue={v.basis}
            error={e.sourceCode ?? e.sourceKind}
          >
            {props.basisGroups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                <Options options={group.options} />
              </optgroup>
            ))}
          </SelectField>
        </>
      )}
      <TextField label={l.title} name="title" id="fu-title" defaultValue={v.title} error={e.title} required />
      <div className="field">
        <label htmlFor="fu-description">{l.description}</label>
        <textarea id="fu-description" name="description" rows={3} defaultValue={v.description} />
        {e.description ? <span className="error">{e.description}</span> : null}
      </div>
      <SelectField
        label={l.ownerUserId}
        name="ownerUserId"
        id="fu-owner"
        defaultValue={v.ownerUserId ?? ""}
        error={e.ownerUserId}
      >
        <option value="">{l.noOwner}</option>
        <Options options={props.staff} />
      </SelectField>
      <TextField
        label={l.ownerUnit}
        hint={l.ownerUnitHint}
        name="ownerUnit"
        id="fu-unit"
        defaultValue={v.ownerUnit}
        error={e.ownerUnit}
      />
      <TextField
        label={l.dueDay}
        name="dueDay"
        id="fu-due"
        type="date"
        defaultValue={v.dueDay}
        error={e.dueDay}
        required
      />
      <div>
        <Button type="submit" disabled={pending}>
          {l.submit}
        </Button>
      </div>
    </form>
  );
}
