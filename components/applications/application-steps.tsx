"use client";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

type Step = { kind: string; stage?: string; label: string };

/** The officer's next-step buttons: one click per stage; return/resume; reject (with reason) and withdraw. */
export function ApplicationSteps({
  action,
  registrationNo,
  stageSteps,
  canHandover,
  status,
  labels,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  registrationNo: string;
  stageSteps: Step[];
  canHandover: boolean;
  status: string;
  labels: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const hidden = (kind: string, extra: Record<string, string> = {}) => (
    <>
      <input type="hidden" name="registrationNo" value={registrationNo} />
      <input type="hidden" name="kind" value={kind} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  return (
    <div className="stack">
      <ActionStatus state={state} saved={labels.saved} />
      {status === "in_process" && (
        <div className="row">
          {stageSteps.map((step) => (
            <form key={step.stage} action={formAction}>
              {hidden("stage", { stage: step.stage ?? "" })}
              <Button type="submit" disabled={pending}>
                {step.label}
              </Button>
            </form>
          ))}
          {canHandover && (
            <form action={formAction}>
              {hidden("handover")}
              <Button type="submit" disabled={pending}>
                {labels.handover}
              </Button>
            </form>
          )}
        </div>
      )}
      {status === "in_process" && (
        <form action={formAction} className="row">
          {hidden("pause")}
          <div className="field">
            <label htmlFor="pause-note">{labels.pauseNote}</label>
            <input id="pause-note" name="note" maxLength={500} />
          </div>
          <button className="btn btn-secondary" type="submit" disabled={pending}>
            {labels.pause}
          </button>
        </form>
      )}
      {status === "returned" && (
        <form action={formAction}>
          {hidden("resume")}
          <Button type="submit" disabled={pending}>
            {labels.resume}
          </Button>
        </form>
      )}
      <form action={formAction} className="row">
        {hidden("outcome", { outcome: "rejected" })}
        <div className="field">
          <label htmlFor="reject-reason">{labels.rejectReason}</label>
          <input
            id="reject-reason"
            name="reason"
            maxLength={500}
            aria-invalid={state.fields?.reason ? true : undefined}
          />
          {state.fields?.reason && (
            <span className="error" role="alert">
              {state.fields.reason}
            </span>
          )}
        </div>
        <ConfirmSubmit
          label={labels.reject!}
          question={labels.rejectConfirm!}
          confirmLabel={labels.rejectYes!}
          disabled={pending}
          small={false}
        />
      </form>
      <form action={formAction}>
        {hidden("outcome", { outcome: "withdrawn" })}
        <ConfirmSubmit
          label={labels.withdraw!}
          question={labels.withdrawConfirm!}
          confirmLabel={labels.withdrawYes!}
          disabled={pending}
          small={false}
          variant="secondary"
        />
      </form>
    </div>
  );
}
