"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/action-state";
import { Options, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldBinder } from "@/components/ui/field-binding";
import { ActionStatus } from "@/components/ui/action-error";
import { SubmitRow } from "@/components/ui/button";

export type ComplaintFormLabels = {
  category: string;
  chooseCategory: string;
  text: string;
  textHint: string;
  name: string;
  phone: string;
  email: string;
  applicationNo: string;
  honeypot: string;
  submit: string;
  sent: string;
  keepTicket: string;
  /** "Kode cek:" — shown with the ticket; the public status lookup needs both. */
  checkCode?: string;
  seeStatus: string;
  channel?: string;
  handlingCategory?: string;
  handlingCategoryDefault?: string;
};

/**
 * The complaint form of the public portal and of the staff desk entry (with a channel choice). The public variant
 * The action returns data.ticketNo and data.href (where to follow the complaint). The public variant
 * carries the signed render time and a honeypot field hidden from people (and from assistive technology).
 */
export function ComplaintForm({
  action,
  labels,
  categories,
  channels,
  handlingCategories,
  formToken,
  honeypotName,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  labels: ComplaintFormLabels;
  categories: { value: string; label: string }[];
  channels?: { value: string; label: string }[];
  /** Staff desk entry only: the handling category (its deadline), or empty for the office default. */
  handlingCategories?: { value: string; label: string }[];
  formToken?: string;
  honeypotName?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const values = state.status === "error" ? state.values : undefined;
  const bind = fieldBinder(labels, values, state.fields);
  const ticketNo = state.status === "ok" ? state.data?.ticketNo : undefined;
  return (
    <form action={formAction} className="card stack" key={ticketNo ?? "form"}>
      <ActionStatus state={state} />
      {ticketNo && (
        <div className="alert alert-ok" role="status">
          <p>
            {labels.sent} <strong data-testid="ticket-number">{ticketNo}</strong>
          </p>
          {state.data?.checkCode && labels.checkCode && (
            <p>
              {labels.checkCode} <strong data-testid="check-code">{state.data.checkCode}</strong>
            </p>
          )}
          <p>{labels.keepTicket}</p>
          <Link href={state.data?.href ?? "/pengaduan/status"}>{labels.seeStatus}</Link>
        </div>
      )}
      {formToken && <input type="hidden" name="formToken" value={formToken} />}
      {honeypotName && (
        <div className="sr-only" aria-hidden="true">
          <label htmlFor="f-hp">{labels.honeypot}</label>
          <input id="f-hp" name={honeypotName} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      )}
      {channels && labels.channel && <SelectField {...bind("channel", channels[0]?.value)} options={channels} />}
      <SelectField {...bind("category", "")} required>
        <option value="" disabled>
          {labels.chooseCategory}
        </option>
        <Options options={categories} />
      </SelectField>
      {handlingCategories && labels.handlingCategory && (
        <SelectField {...bind("handlingCategory", "")}>
          <option value="">{labels.handlingCategoryDefault}</option>
          <Options options={handlingCategories} />
        </SelectField>
      )}
      <TextAreaField {...bind("text", "")} hint={labels.textHint} rows={6} maxLength={2000} required />
      <TextField {...bind("name")} autoComplete="name" maxLength={100} />
      <TextField {...bind("phone")} type="tel" autoComplete="tel" maxLength={30} />
      <TextField {...bind("email")} type="email" autoComplete="email" maxLength={120} />
      <TextField {...bind("applicationNo")} maxLength={60} />
      <SubmitRow pending={pending}>{labels.submit}</SubmitRow>
    </form>
  );
}
