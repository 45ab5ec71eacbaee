import type { FieldErrors } from "../errors";

/**
 * Office-hours forms (pure): the flat fields `h1_start`, `h1_end` … `h5_end` become the nested `hours` object the
 * schemas validate, and error paths `hours.1.start` become the field names again.
 */
const WEEKDAYS = ["1", "2", "3", "4", "5"] as const;

export function weekHoursFromForm(get: (name: string) => unknown, prefix = "h") {
  return Object.fromEntries(
    WEEKDAYS.map((d) => [
      d,
      { start: String(get(`${prefix}${d}_start`) ?? ""), end: String(get(`${prefix}${d}_end`) ?? "") },
    ]),
  );
}

export function formFieldErrors(fields: FieldErrors | undefined, prefix = "h"): FieldErrors | undefined {
  if (!fields) return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => {
      const m = /^hours\.([1-5])\.(start|end)$/.exec(path);
      return [m ? `${prefix}${m[1]}_${m[2]}` : path, message];
    }),
  );
}

/** The field names of a week's hours form: h1_start, h1_end, … h5_end (with the given prefix). */
export function weekHoursFieldNames(prefix = "h"): { day: string; start: string; end: string }[] {
  return WEEKDAYS.map((day) => ({ day, start: `${prefix}${day}_start`, end: `${prefix}${day}_end` }));
}
