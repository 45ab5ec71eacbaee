"use client";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/action-state";
import { Options, SelectField, TextField, type SelectOption } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { SubmitRow } from "@/components/ui/button";
import { fieldBinder } from "@/components/ui/field-binding";

export type ActionFieldsLabels = Record<
  | "periodKey"
  | "periodKeyHint"
  | "basis"
  | "title"
  | "description"
  | "ownerUserId"
  | "noOwner"
  | "ownerUnit"
  | "ownerUnitHint"
  | "dueDay"
  | "submit"
  | "saved",
  string
>;

/**
 * Creates a follow-up action (period, basis, what, owner, due date) or, with `id`, edits the what/owner/due date of
 * one (period and basis stay as planned). Errors appear under their fields; typed values are kept.
 */
export function ActionFieldsForm(props: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: ActionFieldsLabels;
  basisGroups: { label: string; options: SelectOption[] }[];
  staff: SelectOption[];
  initial: Record<string, string>;
  id?: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const v = { ...props.initial, ...(state.values ?? {}) };
  const e = state.fields ?? {};
  const l = props.labels;
  const bind = fieldBinder(l, v, e);
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
          <TextField {...bind("periodKey")} hint={l.periodKeyHint} id="fu-periodKey" required />
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
      <TextField {...bind("title")} id="fu-title" required />
      <div className="field">
        <label htmlFor="fu-description">{l.description}</label>
        <textarea id="fu-description" name="description" rows={3} defaultValue={v.description} />
        {e.description ? <span className="error">{e.description}</span> : null}
      </div>
      <SelectField {...bind("ownerUserId", "")} id="fu-owner">
        <option value="">{l.noOwner}</option>
        <Options options={props.staff} />
      </SelectField>
      <TextField {...bind("ownerUnit")} hint={l.ownerUnitHint} id="fu-unit" />
      <TextField {...bind("dueDay")} id="fu-due" type="date" required />
      <SubmitRow pending={pending}>{l.submit}</SubmitRow>
    </form>
  );
}
