import { TextField } from "@/components/ui/field";

/** A plain GET form: works without JavaScript and leaves the ticket in the address for bookmarking. */
export function TicketLookupForm({ label, hint, submit, defaultValue }: { label: string; hint: string; submit: string; defaultValue?: string }) {
  return (
    <form action="/pengaduan/status" method="get" className="card form-inline">
      <TextField label={label} name="tiket" hint={hint} defaultValue={defaultValue} required maxLength={30} id="f-tiket" />
      <button className="btn btn-secondary" type="submit">{submit}</button>
    </form>
  );
}
