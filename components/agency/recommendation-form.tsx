"use client";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/action-state";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

type Labels = {
  legend: string;
  recommend: string;
  return: string;
  not_recommend: string;
  reason: string;
  reasonHint: string;
  submit: string;
};

type Props = { action: FormAction; registrationNo: string; labels: Labels };

/** The agency's decision on a waiting file: one choice, a reason (required to return or refuse), one button. */
export function RecommendationForm({ action, registrationNo, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const values = state.status === "error" ? (state.values ?? {}) : {};
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
      <TextAreaField
        label={labels.reason}
        hint={labels.reasonHint}
        name="reason"
        id="reason"
        maxLength={1000}
        rows={4}
        defaultValue={values.reason}
        error={state.fields?.reason}
      />
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
