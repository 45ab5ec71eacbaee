/** A GET form choosing the month a page shows (`?bulan=YYYY-MM`); works without JavaScript. */
export function MonthForm({
  month,
  label,
  submitLabel,
  hidden,
}: {
  month: string;
  label: string;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="get" className="form-inline card">
      {hidden && Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div className="field">
        <label htmlFor="f-bulan">{label}</label>
        <input id="f-bulan" name="bulan" type="month" defaultValue={month} required />
      </div>
      <button className="btn btn-secondary" type="submit">
        {submitLabel}
      </button>
    </form>
  );
}
