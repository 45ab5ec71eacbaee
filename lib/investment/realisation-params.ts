/**
 * The one query schema of plan vs realisation: GET /api/v1/investment/realisation and the dashboard section parse
 * their query string with it. Dates are WIB days, both ends inclusive; buckets are the whole quarters or years
 * overlapping the range.
 */
import { z } from "zod";
import { isoDate, optionalText, refineDateRange } from "./schemas";

export const REALISATION_INTERVALS = ["quarter", "year"] as const;
export const REALISATION_GROUP_BYS = ["sector", "kecamatan", "origin", "scale"] as const;
export type RealisationGroupBy = (typeof REALISATION_GROUP_BYS)[number];

/** Query of GET /api/v1/investment/realisation and the dashboard section. */
export const ZRealisationQuery = z
  .object({
    from: isoDate("Tanggal awal (from)"),
    to: isoDate("Tanggal akhir (to)"),
    interval: optionalText(z.enum(REALISATION_INTERVALS, { error: "interval harus quarter atau year." })).transform(
      (value) => value ?? "quarter",
    ),
    groupBy: optionalText(
      z.enum(REALISATION_GROUP_BYS, { error: "groupBy harus sector, kecamatan, origin atau scale." }),
    ),
  })
  .superRefine(refineDateRange);
export type TRealisationQuery = z.infer<typeof ZRealisationQuery>;

/**
 * The dashboard's query from its URL: missing dates default to 1 January of last year … `today`; an invalid query
 * falls back to the defaults and reports the field messages.
 */
export function realisationDashboardQuery(
  params: Record<string, string | string[] | undefined>,
  today: string,
): { query: TRealisationQuery; errors: Record<string, string> } {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const defaultFrom = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const parsed = ZRealisationQuery.safeParse({ ...single, from: single.from || defaultFrom, to: single.to || today });
  if (parsed.success) return { query: parsed.data, errors: {} };
  const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  return { query: ZRealisationQuery.parse({ from: defaultFrom, to: today }), errors };
}
