"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { SelectField, TextField, Options } from "@/components/ui/field";
import { formatCount } from "@/lib/format/format";
import { fieldBinder } from "@/components/ui/field-binding";
import { ActionStatus } from "@/components/ui/action-error";
import { SubmitRow } from "@/components/ui/button";

type Option = { value: string; label: string };
type LicenseOption = Option & { isBusiness: boolean; tariff: number };

/** The investment block of a business licence, in the import file's column order (lib/applications/import-row-types). */
const INVESTMENT_FIELDS: readonly (
  | { name: string; inputMode: "decimal" | "numeric"; fallback?: string }
  | { name: string; options: readonly string[]; fallback: string }
)[] = [
  { name: "investmentValue", inputMode: "decimal" },
  { name: "investmentCurrency", options: ["IDR", "USD", "SGD", "JPY", "CNY", "EUR"], fallback: "IDR" },
  { name: "exchangeRate", inputMode: "decimal" },
  { name: "workersLocal", inputMode: "numeric" },
  { name: "workersForeign", inputMode: "numeric", fallback: "0" },
  { name: "kbli", inputMode: "numeric" },
  { name: "kbliVersion", options: ["2020", "2025"], fallback: "2020" },
  { name: "origin", options: ["PMDN", "PMA"], fallback: "PMDN" },
  { name: "landValue", inputMode: "decimal" },
  { name: "buildingValue", inputMode: "decimal" },
];

// Fees are typed the Indonesian way whatever the page language ("1.250.000"; lib/validation/indonesian-number.ts).
const feeText = (tariff: number | undefined) => (tariff === undefined ? "" : formatCount(tariff, "id"));

export function RegisterApplicationForm({
  action,
  labels,
  licenseTypes,
  kelurahan,
  counters,
  applicantKinds,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: Record<string, string>;
  licenseTypes: LicenseOption[];
  kelurahan: { group: string; options: Option[] }[];
  counters: Option[];
  applicantKinds: Option[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const v = state.values ?? {};
  const f = state.fields ?? {};
  const bind = fieldBinder(labels, state.values, state.fields);
  const [licenseType, setLicenseType] = useState(v.licenseType ?? "");
  const tariffOf = (code: string) => licenseTypes.find((lt) => lt.value === code)?.tariff;
  // The official tariff is filled in when a licence type is chosen; a fee the officer typed is kept.
  const [fee, setFee] = useState(v.feeCharged ?? feeText(tariffOf(v.licenseType ?? "")));
  const isBusiness = licenseTypes.find((lt) => lt.value === licenseType)?.isBusiness ?? false;
  return (
    <form action={formAction} className="card stack" noValidate>
      <ActionStatus state={state} />
      <div className="grid">
        <SelectField
          label={labels.licenseType}
          name="licenseType"
          value={licenseType}
          onChange={(e) => {
            if (fee.trim() === "" || fee === feeText(tariffOf(licenseType))) setFee(feeText(tariffOf(e.target.value)));
            setLicenseType(e.target.value);
          }}
          error={f.licenseType}
          required
        >
          <option value="">{labels.none}</option>
          <Options options={licenseTypes} />
        </SelectField>
        <TextField {...bind("applicantName")} required />
        <SelectField {...bind("applicantKind", "individual")} options={applicantKinds} />
        <SelectField {...bind("kelurahan", "")} required>
          <option value="">{labels.none}</option>
          {kelurahan.map((g) => (
            <optgroup key={g.group} label={g.group}>
              <Options options={g.options} />
            </optgroup>
          ))}
        </SelectField>
        <SelectField {...bind("counter", "")}>
          <option value="">{labels.none}</option>
          <Options options={counters} />
        </SelectField>
        <TextField
          label={labels.feeCharged}
          name="feeCharged"
          inputMode="numeric"
          value={fee}
          onChange={(e) => setFee(e.target.value)}
          error={f.feeCharged}
          hint={labels.feeHint}
        />
        <TextField {...bind("registrationNo")} maxLength={60} />
      </div>
      {isBusiness && (
        <fieldset className="stack">
          <legend>{labels.investmentLegend}</legend>
          <p className="muted">{labels.investmentHint}</p>
          <div className="grid">
            {INVESTMENT_FIELDS.map((field) =>
              "options" in field ? (
                <SelectField
                  key={field.name}
                  {...bind(field.name, field.fallback)}
                  options={field.options.map((o) => ({ value: o, label: o }))}
                />
              ) : (
                <TextField key={field.name} {...bind(field.name, field.fallback)} inputMode={field.inputMode} />
              ),
            )}
          </div>
          <p className="muted">{labels.landBuildingHint}</p>
        </fieldset>
      )}
      <SubmitRow pending={pending}>{labels.submit}</SubmitRow>
    </form>
  );
}
