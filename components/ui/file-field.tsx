import type { InputHTMLAttributes } from "react";

/** What the spreadsheet imports accept: CSV or Excel .xlsx (lib/spreadsheet reads both). */
export const SPREADSHEET_ACCEPT =
  ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A labelled file input in a `.field` (the imports' "choose a file"); `accept` defaults to CSV or .xlsx. */
export function FileField({
  id,
  label,
  className = "field",
  accept = SPREADSHEET_ACCEPT,
  ...input
}: { id: string; label: string; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id">) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept={accept} {...input} />
    </div>
  );
}
