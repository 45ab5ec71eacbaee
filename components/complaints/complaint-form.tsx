"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/action-state";
import { SelectField, TextField, Options } from "@/components/ui/field";
import { ActionStatus } from "@/components/ui/action-error";
import { Button } from "@/components/ui/button";

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
      {channels && labels.channel && (
        <SelectField
          label={labels.channel}
          name="channel"
          defaultValue={values?.channel ?? channels[0]?.value}
          error={state.fields?.channel}
        >
          <Options options={channels} />
        </SelectField>
      )}
      <SelectField
        label={labels.category}
        name="category"
        defaultValue={values?.category ?? ""}
        error={state.fields?.category}
        required
      >
        <option value="" disabled>
          {labels.chooseCategory}
        </option>
        <Options options={categories} />
      </SelectField>
      {handlingCategories && labels.handlingCategory && (
        <SelectField
          label={labels.handlingCategory}
          name="handlingCategory"
          defaultValue={values?.handlingCategory ?? ""}
          error={state.fields?.handlingCategory}
        >
          <option value="">{labels.handlingCategoryDefault}</option>
          <Options options={handlingCategories} />
        </SelectField>
      )}
      <div className="field">
        <label htmlFor="f-text">{labels.text}</label>
        <span id="f-text-hint" className="hint">
          {labels.textHint}
        </span>
        <textarea
          id="f-text"
          name="text"
          rows={6}
          maxLength={2000}
          required
          defaultValue={values?.text ?? ""}
          aria-invalid={state.fields?.text ? true : undefined}
          aria-describedby={state.fields?.text ? "f-text-hint f-text-error" : "f-text-hint"}
        />
        {state.fields?.text && (
          <span id="f-text-error" className="error" role="alert">
            {state.fields.text}
          </span>
        )}
      </div>
      <TextField
        label={labels.name}
        name="name"
        autoComplete="name"
        maxLength={100}
        defaultValue={values?.name}
        error={state.fields?.name}
      />
      <TextField
        label={labels.phone}
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={30}
        defaultValue={values?.phone}
        error={state.fields?.phone}
      />
      <TextField
        label={labels.email}
        name="email"
        type="email"
        autoComplete="email"
        maxLength={120}
        defaultValue={values?.email}
        error={state.fields?.email}
      />
      <TextField
        label={labels.applicationNo}
        name="applicationNo"
        maxLength={60}
        defaultValue={values?.applicationNo}
        error={state.fields?.applicationNo}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {labels.submit}
        </Button>
      </div>
    </form>
  );
}
