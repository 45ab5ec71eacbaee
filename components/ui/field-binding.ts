/** The props a labelled field takes from its form: its label, its name, the value to show again and its error. */
export type BoundField = { label: string; name: string; defaultValue: string | undefined; error: string | undefined };

/**
 * Binds fields to a form's labels, the values to show again (after a failed submit) and the per-field errors:
 * `bind("email")` gives TextField/SelectField/TextAreaField their label, name, defaultValue and error;
 * `fallback` is the value shown when nothing was typed.
 */
export function fieldBinder<Labels extends Record<string, string | undefined>>(
  labels: Labels,
  values: Record<string, string> | undefined,
  errors: Record<string, string> | undefined,
) {
  return (name: keyof Labels & string, fallback?: string): BoundField => ({
    label: labels[name] ?? "",
    name,
    defaultValue: values?.[name] ?? fallback,
    error: errors?.[name],
  });
}
