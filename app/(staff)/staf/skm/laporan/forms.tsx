"use client";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/action-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function Status({ state }: { state: ActionState }) {
  if (state.status === "idle") return null;
  return (
    <p role="status" className={state.status === "ok" ? "alert-ok" : "alert-error"}>
      {state.message ?? Object.values(state.fields ?? {}).join(" ")}
    </p>
  );
}

export function ReportForm(props: {
  action: Action;
  periodKey?: string;
  followUpPlan?: string;
  labels: {
    periodKey: string;
    followUpPlan: string;
    saveDraft: string;
    publish: string;
    unpublish: string;
    unpublishConfirm: string;
    unpublishYes: string;
    republish: string;
  };
  isPublished?: boolean;
  idSuffix: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  const v = state.values ?? {};
  return (
    <form action={formAction} className="stack">
      <div className="field">
        <label htmlFor={`pk-${props.idSuffix}`}>{props.labels.periodKey}</label>
        <input
          id={`pk-${props.idSuffix}`}
          name="periodKey"
          defaultValue={v.periodKey ?? props.periodKey ?? ""}
          readOnly={!!props.periodKey}
          required
          aria-describedby={state.fields?.periodKey ? `pk-err-${props.idSuffix}` : undefined}
        />
        {state.fields?.periodKey ? (
          <span id={`pk-err-${props.idSuffix}`} className="alert-error">
            {state.fields.periodKey}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`plan-${props.idSuffix}`}>{props.labels.followUpPlan}</label>
        <textarea
          id={`plan-${props.idSuffix}`}
          name="followUpPlan"
          rows={6}
          defaultValue={v.followUpPlan ?? props.followUpPlan ?? ""}
        />
        {state.fields?.followUpPlan ? <span className="alert-error">{state.fields.followUpPlan}</span> : null}
      </div>
      <div className="row">
        {props.isPublished ? (
          <ConfirmSubmit
            label={props.labels.unpublish}
            question={props.labels.unpublishConfirm}
            confirmLabel={props.labels.unpublishYes}
            name="intent"
            value="DRAFT"
            disabled={pending}
            small={false}
            variant="secondary"
          />
        ) : (
          <button className="btn btn-secondary" type="submit" name="intent" value="DRAFT" disabled={pending}>
            {props.labels.saveDraft}
          </button>
        )}
        <button className="btn" type="submit" name="intent" value="PUBLISHED" disabled={pending}>
          {props.isPublished ? props.labels.republish : props.labels.publish}
        </button>
      </div>
      <Status state={state} />
    </form>
  );
}

export function SimpleForm(props: { action: Action; children: React.ReactNode; submit: string }) {
  const [state, formAction, pending] = useActionState(props.action, IDLE);
  return (
    <form action={formAction} className="stack">
      {props.children}
      <button className="btn" type="submit" disabled={pending}>
        {props.submit}
      </button>
      <Status state={state} />
    </form>
  );
}
