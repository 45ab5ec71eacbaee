import { TextField } from "@/components/ui/field";

/** A plain GET form: works without JavaScript and leaves ticket and check code in the address for bookmarking. */
export function TicketLookupForm({
  label,
  hint,
  codeLabel,
  codeHint,
  submit,
  defaultValue,
  defaultCode,
}: {
  label: string;
  hint: string;
  codeLabel: string;
  codeHint: string;
  submit: string;
  defaultValue?: string;
  defaultCode?: string;
}) {
  return (
    <form action="/pengaduan/status" method="get" className="card form-inline">
      <TextField
        label={label}
        name="tiket"
        hint={hint}
        defaultValue={defaultValue}
        required
        maxLength={30}
        id="f-tiket"
      />
      <TextField
        label={codeLabel}
        name="kode"
        hint={codeHint}
        defaultValue={defaultCode}
        maxLength={20}
        id="f-kode"
        autoComplete="off"
      />
      <button className="btn btn-secondary" type="submit">
        {submit}
      </button>
    </form>
  );
}
