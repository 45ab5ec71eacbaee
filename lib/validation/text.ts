import { z } from "zod";

/** An optional text field: blank → undefined, else trimmed and at most `max` characters ("<label> paling banyak …"). */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined))
    .pipe(
      z
        .string()
        .max(max, { message: `${label} paling banyak ${max} karakter` })
        .optional(),
    );
