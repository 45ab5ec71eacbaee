"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

type Labels = {
  legend: string;
  recommend: string;
  return: string;
  not_recommend: string;
  reason: string;
  reasonHint: string;
  submit: string;
};

/** The agency's decision on a waiting file: one choice, a reason (required to return or refuse), one button. */
export function RecommendationForm({
  action,
  registrationNo,
  labels,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  registrationNo: string;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const reasonError = state.fields?.reason;
  return (
    <form action={formAction} className="stack">
      <ActionStatus state={state} />
      <input type="hidden" name="registrationNo" value={registrationNo} />
      <fieldset>
        <legend>{labels.legend}</legend>
        {(["recommend", "return", "not_recommend"] as const).map((decision) => (
          <label key={decision} className="row">
            <input
              type="radio"
              name="decision"
              value={decision}
              required
              defaultChecked={values.decision === decision}
            />{" "}
            {labels[decision]}
          </label>
        ))}
        {state.fields?.decision && (
          <span className="error-text" role="alert">
            {state.fields.decision}
          </span>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="reason">{labels.reason}</label>
        <textarea
          id="reason"
          name="reason"
          maxLength={1000}
          rows={4}
          defaultValue={values.reason}
          aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
          aria-invalid={reasonError ? true : undefined}
        />
        <span id="reason-hint" className="hint">
          {labels.reasonHint}
        </span>
        {reasonError && (
          <span id="reason-error" className="error" role="alert">
            {reasonError}
          </span>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
