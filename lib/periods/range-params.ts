/**
 * The custom date range of every dashboard and period-taking API route, from the URL: `?dari=2026-01-01&sampai=
 * 2026-03-15` (the English names `from`/`to`, which the API and older links use, are read too; `dari`/`sampai` win).
 * One zod schema decides; its issues carry a code so a page can say what is wrong in the reader's language and the
 * API can answer 422 naming the parameter. Pure: `today` (a WIB date) is passed in.
 */
import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import type { Locale } from "../i18n/locales";

export const PERIOD_RANGE_ERRORS = ["invalidDate", "endBeforeStart", "future", "incomplete"] as const;
export type PeriodRangeError = (typeof PERIOD_RANGE_ERRORS)[number];

/** What each refusal says, Indonesian first (the API's language) and English. */
export const PERIOD_RANGE_MESSAGES: Record<PeriodRangeError, Record<Locale, string>> = {
  invalidDate: {
    id: "Tanggal tidak valid: tulis sebagai TTTT-BB-HH, mis. 2026-03-15",
    en: "Invalid date: write it as YYYY-MM-DD, e.g. 2026-03-15",
  },
  endBeforeStart: {
    id: "Tanggal akhir (sampai) sebelum tanggal awal (dari)",
    en: "The end date (to) is before the start date (from)",
  },
  future: {
    id: "Rentang seluruhnya di masa depan: tanggal awal setelah hari ini",
    en: "The range lies in the future: the start date is after today",
  },
  incomplete: {
    id: "Isi tanggal awal (dari) dan tanggal akhir (sampai)",
    en: "Give both the start date (from) and the end date (to)",
  },
};

type RawParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The schema of a range whose start may not lie after `today`. Output: `{ from, to }` or undefined (no range given). */
export function periodRangeSchema(today: string) {
  return z
    .object({ from: z.string().optional(), to: z.string().optional() })
    .superRefine((value, ctx) => {
      const issue = (code: PeriodRangeError, path: "from" | "to") =>
        ctx.addIssue({ code: "custom", path: [path], message: PERIOD_RANGE_MESSAGES[code].id, params: { code } });
      if (value.from === undefined && value.to === undefined) return;
      if (value.from !== undefined && !isIsoDate(value.from)) return issue("invalidDate", "from");
      if (value.to !== undefined && !isIsoDate(value.to)) return issue("invalidDate", "to");
      if (value.from === undefined || value.to === undefined) return issue("incomplete", value.from ? "to" : "from");
      if (value.to < value.from) return issue("endBeforeStart", "to");
      if (value.from > today) issue("future", "from");
    })
    .transform((value) =>
      value.from !== undefined && value.to !== undefined ? { from: value.from, to: value.to } : undefined,
    );
}

export type PeriodRangeResult =
  | { ok: true; range: { from: string; to: string } | undefined }
  | { ok: false; error: PeriodRangeError; field: "from" | "to" };

/**
 * Reads `dari`/`sampai` (or `from`/`to`) from URL parameters: no range at all is `{ ok: true, range: undefined }`
 * (the page's default applies); a bad one names the first problem.
 */
export function parsePeriodRange(params: RawParams, today: string): PeriodRangeResult {
  const input = { from: first(params.dari) ?? first(params.from), to: first(params.sampai) ?? first(params.to) };
  const parsed = periodRangeSchema(today).safeParse(input);
  if (parsed.success) return { ok: true, range: parsed.data };
  const issue = parsed.error.issues[0]!;
  const code = (issue as { params?: { code?: PeriodRangeError } }).params?.code ?? "invalidDate";
  return { ok: false, error: code, field: issue.path[0] === "to" ? "to" : "from" };
}

/** The URL parameters of a range: `dari=…&sampai=…`. */
export function rangeSearchParams(range: { from: string; to: string }): Record<"dari" | "sampai", string> {
  return { dari: range.from, sampai: range.to };
}

/**
 * URL parameters with `dari`/`sampai` read as `from`/`to` (which they replace), so every API route that takes a date
 * range accepts the same range the dashboards put in their URLs.
 */
export function withRangeAliases(params: Record<string, string>): Record<string, string> {
  const { dari, sampai, ...rest } = params;
  return {
    ...rest,
    ...(dari !== undefined ? { from: dari } : {}),
    ...(sampai !== undefined ? { to: sampai } : {}),
  };
}
