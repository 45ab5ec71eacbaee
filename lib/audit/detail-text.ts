/**
 * The audit log stores each entry's detail as JSON. For reading it on the admin page it becomes "key: value" lines:
 * ISO days and instants are handed to the caller's date formatters (so the page reads "6 Desember 2025", not
 * 2025-12-06), nested objects and arrays become short inline lists, and text that is not a JSON object is shown as
 * stored. Pure.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export type DateFormatters = { day: (isoDay: string) => string; instant: (at: Date) => string };

function valueText(value: unknown, format: DateFormatters): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return format.day(value);
    if (ISO_INSTANT.test(value)) return format.instant(new Date(value));
    return auditText(value, format);
  }
  if (Array.isArray(value)) return value.map((item) => valueText(item, format)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key} ${valueText(inner, format)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * Text with ISO days inside it ("2026-01-01..2026-03-31", a target "2026-08-17") read as days in words; a day that is
 * part of a longer token (a registration number "2025-12-06/A", an instant "…T03:00") is left as written.
 */
export function auditText(text: string, format: Pick<DateFormatters, "day">): string {
  return text.replace(/(?<![\w/-])(\d{4}-\d{2}-\d{2})(?![\w/-])/g, (day) => format.day(day));
}

export function auditDetailLines(detail: string | null, format: DateFormatters): string[] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [detail];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [valueText(parsed, format)];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => `${key}: ${valueText(value, format)}`);
}
