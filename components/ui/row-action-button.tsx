/**
 * A one-button form acting on one table row (e.g. delete): the row's key travels as a hidden field, the button names
 * the row for screen readers. Works without JavaScript.
 */
export function RowActionButton({
  action,
  name,
  value,
  label,
  rowLabel,
  variant = "danger",
}: {
  action: (form: FormData) => Promise<void>;
  name: string;
  value: string;
  label: string;
  rowLabel: string;
  variant?: "danger" | "secondary";
}) {
  return (
    <form action={action}>
      <input type="hidden" name={name} value={value} />
      <button className={`btn btn-${variant} btn-small`} type="submit" aria-label={`${label} ${rowLabel}`}>
        {label}
      </button>
    </form>
  );
}
