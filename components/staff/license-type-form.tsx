"use client";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/action-state";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

type Values = Record<string, string>;
type Labels = Record<
  | "name"
  | "nameEn"
  | "slaDays"
  | "tariff"
  | "agency"
  | "agencySlaDays"
  | "requirements"
  | "procedure"
  | "product"
  | "complaintHandling"
  | "legalBasis"
  | "facilities"
  | "implementerCompetence"
  | "internalSupervision"
  | "implementerCount"
  | "serviceGuarantee"
  | "securityGuarantee"
  | "performanceEvaluation"
  | "deliveryGroup"
  | "managementGroup"
  | "groupsHint"
  | "active"
  | "published"
  | "save"
  | "saved"
  | "onePerLine",
  string
>;

type Props = { action: FormAction; initial: Values; labels: Labels };

/**
 * Edits one licence type's service standard, its fourteen components in the regulation's two groups (published
 * service delivery, internal management); errors are shown per field and the typed values are kept.
 */
export function LicenseTypeForm({ action, initial, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const v = state.values ?? initial;
  const err = (k: string) => state.fields?.[k];
  const text = (name: keyof Labels & string, type = "text", inputMode?: "numeric") => (
    <div className="field">
      <label htmlFor={`lt-${name}`}>{labels[name]}</label>
      <input
        id={`lt-${name}`}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={v[name]}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={err(name) ? `lt-${name}-err` : undefined}
      />
      {err(name) && (
        <span id={`lt-${name}-err`} className="error">
          {err(name)}
        </span>
      )}
    </div>
  );
  const area = (name: keyof Labels & string, hint?: string) => (
    <div className="field">
      <label htmlFor={`lt-${name}`}>{labels[name]}</label>
      {hint && <span className="hint">{hint}</span>}
      <textarea id={`lt-${name}`} name={name} defaultValue={v[name]} aria-invalid={err(name) ? true : undefined} />
      {err(name) && <span className="error">{err(name)}</span>}
    </div>
  );
  return (
    <form action={formAction} className="card">
      <ActionStatus state={state} saved={labels.saved} />
      <input type="hidden" name="code" value={initial.code} />
      {text("name")}
      {text("nameEn")}
      <div className="grid">
        {text("slaDays", "number")}
        {/* Text, not a number input: "1.250.000" is how the office types a tariff (lib/validation/indonesian-number.ts). */}
        {text("tariff", "text", "numeric")}
      </div>
      <div className="grid">
        {text("agency")}
        {text("agencySlaDays", "number")}
      </div>
      <p className="muted small">{labels.groupsHint}</p>
      <fieldset className="stack">
        <legend>{labels.deliveryGroup}</legend>
        {area("requirements", labels.onePerLine)}
        {area("procedure", labels.onePerLine)}
        {text("product")}
        {area("complaintHandling")}
      </fieldset>
      <fieldset className="stack">
        <legend>{labels.managementGroup}</legend>
        {area("legalBasis")}
        {area("facilities")}
        {area("implementerCompetence")}
        {area("internalSupervision")}
        {text("implementerCount")}
        {area("serviceGuarantee")}
        {area("securityGuarantee")}
        {area("performanceEvaluation")}
      </fieldset>
      <div className="field">
        <label>
          <input type="checkbox" name="active" value="true" defaultChecked={v.active === "true"} /> {labels.active}
        </label>
        <label>
          <input
            type="checkbox"
            name="standardPublished"
            value="true"
            defaultChecked={v.standardPublished === "true"}
          />{" "}
          {labels.published}
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {labels.save}
      </Button>
    </form>
  );
}
