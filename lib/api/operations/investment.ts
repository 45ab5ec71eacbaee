/** Investment analytics: the trend, the CSV export, plan vs LKPM realisation, LKPM reports and filing deadlines. */
import { z } from "zod";
import { ZInvestmentExportQuery, ZInvestmentFilter } from "../../investment/schemas";
import {
  LKPM_DEADLINE_INVALID_MESSAGE,
  REALISATION_CSV_COLUMNS,
  REALISATION_INVALID_MESSAGE,
  ZLkpmDeadlineOverride,
  ZRealisationInput,
} from "../../investment/lkpm-schemas";
import { ZRealisationQuery } from "../../investment/realisation-params";
import { defineOperation, jsonBody, type ParameterDoc } from "../contract";
import { ZRowError, importFileBody } from "./imports";
import { DATE_RANGE_DOCS, ZRupiahString } from "./shared";

export const FILTER_DOCS: Record<string, ParameterDoc> = {
  from: {
    ...DATE_RANGE_DOCS.from,
    description: "First WIB day, inclusive (YYYY-MM-DD); projects count on the day their licence was issued",
  },
  to: { ...DATE_RANGE_DOCS.to, description: "Last WIB day, inclusive (YYYY-MM-DD); at most 3660 days after from" },
  interval: { description: "Period length (default month)" },
  groupBy: { description: "Group each period by this field (kecamatan groups by kecamatan code)" },
  sector: { description: "BKPM sector code" },
  sectorGroup: { description: "BKPM sector group" },
  kecamatan: { description: "Kemendagri code", examples: ["35.71.01"] },
  origin: { description: "PMA (foreign) or PMDN (domestic)" },
  scale: { description: "Business scale (PP 7/2021)" },
};

const ZTrendPoint = z.object({
  period: z.string().describe('"2026-03", "2026-Q1" or "2026"'),
  group: z.string().nullable().describe("Group value, null when not grouped or unknown"),
  projects: z.number().int(),
  investment: ZRupiahString.describe("Declared investment, integer rupiah as a string (exact)"),
  workers: z.number().int().describe("Planned workers, Indonesian + foreign"),
});

export const investmentTrendApi = defineOperation({
  method: "GET",
  path: "/api/v1/investment/trend",
  tags: ["investment"],
  summary: "Investment trend: projects, rupiah and workers per period (and group)",
  description:
    "Issued business licences with a declared investment. Without groupBy every period of the range is listed (zeros included).",
  access: { capability: "viewAnalytics" },
  query: ZInvestmentFilter,
  parameterDocs: FILTER_DOCS,
  responses: {
    200: {
      description: "The series and totals",
      json: z.object({
        from: z.string(),
        to: z.string(),
        interval: z.string(),
        groupBy: z.string().nullable(),
        series: z.array(ZTrendPoint),
        totals: z.object({ projects: z.number().int(), investment: ZRupiahString, workers: z.number().int() }),
      }),
    },
  },
});

export const investmentExportApi = defineOperation({
  method: "GET",
  path: "/api/v1/investment/export.csv",
  tags: ["investment"],
  summary: "CSV export of the filtered projects or the aggregated trend (streamed, no row cap)",
  description:
    "UTF-8 with a header row; dates WIB YYYY-MM-DD; rupiah plain integers; text beginning with = + - @ gets a leading apostrophe. kind=projects columns: registrationNo, licenseType, applicantName, submittedDate, issuedDate, kbli, kbliVersion, sector, sectorGroup, origin, scale, kecamatanCode, kelurahanCode, investmentValue, investmentCurrency, investmentOriginalAmount, exchangeRate, workersLocal, workersForeign, landValue, buildingValue, scaleBasis (pma | excluding_land_buildings | total_including_land_buildings: the last means the scale came from a total that may include land and buildings). kind=trend columns: period, group, projects, investment, workers. Every export is audit-logged.",
  access: { capability: "viewAnalytics" },
  query: ZInvestmentExportQuery,
  parameterDocs: { ...FILTER_DOCS, kind: { description: "projects (default) or trend" } },
  responses: { 200: { description: "CSV document", mediaType: "text/csv" } },
});

/** A fraction with 3 decimals (0.875 = 87,5 %); null when the denominator is 0. */
const fraction = () =>
  z.number().nullable().describe("Fraction with 3 decimals (0.875 = 87,5 %); null when the denominator is 0");

export const realisationSeriesApi = defineOperation({
  method: "GET",
  path: "/api/v1/investment/realisation",
  tags: ["investment"],
  summary: "Plan vs LKPM realisation and LKPM compliance per quarter or year (and group)",
  description:
    "Buckets are the whole quarters or years overlapping from…to. plannedInvestment: declared investment of the non-mikro projects issued by the end of the bucket; realisedInvestment: realised investment reported for reporting periods ending by the end of the bucket (cumulative); realisedInPeriod: reported for periods ending within the bucket; ratio = realisedInvestment ÷ plannedInvestment. obligated: LKPM reports owed for reporting periods ending within the bucket and already ended (semester reports count in Q2/Q4); filed: of those, reports received (filedOnTime: within the filing window); compliance = filed ÷ obligated. Rupiah are integer strings.",
  access: { capability: "viewAnalytics" },
  query: ZRealisationQuery,
  parameterDocs: { ...DATE_RANGE_DOCS, interval: { description: "quarter (default) or year" } },
  responses: {
    200: {
      description: "The series",
      json: z.object({
        from: z.string(),
        to: z.string(),
        interval: z.string(),
        groupBy: z.string().nullable(),
        asOf: z.string().describe("WIB day the obligations were computed for"),
        series: z.array(
          z.object({
            period: z.string().describe('"2026-Q1" or "2026"'),
            group: z.string().nullable(),
            plannedInvestment: ZRupiahString,
            realisedInvestment: ZRupiahString,
            realisedInPeriod: ZRupiahString,
            ratio: fraction(),
            obligated: z.number().int(),
            filed: z.number().int(),
            filedOnTime: z
              .number()
              .int()
              .describe(
                "Of filed, reports filed by the deadline of their period (10th of the month after it before PerBKPM 5/2025, 15th from TW3 2025, or the admin override)",
              ),
            compliance: fraction(),
          }),
        ),
      }),
    },
  },
});

const ZSavedRealisation = z.object({
  realisation: z.object({
    id: z.string(),
    registrationNo: z.string(),
    period: z.string().meta({ examples: ["2026-TW1"] }),
    periodFirstDay: z.string(),
    periodLastDay: z.string(),
    realisedInvestment: ZRupiahString,
    replaced: z.boolean().describe("true when an earlier report of the same project and period was replaced"),
  }),
});
export const submitRealisationsApi = defineOperation({
  method: "POST",
  path: "/api/v1/investment/realisations",
  tags: ["investment"],
  summary: "Submit LKPM realised investment: one report (JSON) or a CSV/.xlsx file",
  description:
    "Counter officers do not enter LKPM. A report is for an issued business licence (registrationNo) and one reporting period: usaha kecil report per semester (S1, S2), menengah and besar — and every PMA, which is always usaha besar — per triwulan (TW1–TW4), mikro are exempt; the obligation starts with the period in which the licence was issued and a period can be reported once it has ended. A report re-sent for the same project and period replaces the earlier one (idempotent). Optional reportedOn (YYYY-MM-DD, WIB) is the day the business filed it in OSS (after the period ended, not in the future; default today); a report is on time when filed by the deadline of its period: the 10th of the month after the period under PerBKPM 5/2021, the 15th from TW3 2025 on (PerBKPM 5/2025), or the date an admin set for that period (GET/PUT /api/v1/investment/lkpm-deadlines).",
  access: { capability: "reportInvestmentRealisation" },
  body: [
    jsonBody(ZRealisationInput, { invalidMessage: REALISATION_INVALID_MESSAGE }),
    importFileBody(
      8 * 1024 * 1024,
      `A file with header: ${REALISATION_CSV_COLUMNS.join(",")}; all or nothing — any invalid row gives 422 with rowErrors (line, column, message) and nothing is stored. Amounts as 250000000, 250.000.000 or 1.250,50; dates as 2026-07-12 or 12/07/2026; a currency other than IDR needs exchangeRate (rupiah per unit). Template: GET /api/v1/import-templates/realisations.`,
    ),
  ],
  responses: {
    201: { description: "Report stored (JSON)", json: ZSavedRealisation },
    200: {
      description: "JSON: an earlier report of the same project and period was replaced. A file: the counts",
      json: z.union([
        ZSavedRealisation,
        z.object({
          result: z.object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int() }),
        }),
      ]),
    },
  },
  errors: {
    422: {
      description:
        "Invalid fields, or (a file) invalid rows: nothing stored; `rowErrors` name line (the header is line 1), column and reason",
      json: z.object({
        error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
        rowErrors: z.array(ZRowError).optional(),
        errorCount: z.number().int().optional(),
      }),
    },
  },
});

const ZDeadlineRow = z.object({
  period: z.string().meta({ examples: ["2026-TW1"] }),
  year: z.number().int(),
  kind: z.enum(["triwulan", "semester"]),
  number: z.number().int(),
  ruleDeadline: z.string().meta({ format: "date" }),
  rule: z.string().meta({ examples: ["PerBKPM 5/2021", "PerBKPM 5/2025"] }),
  override: z
    .object({ deadline: z.string().meta({ format: "date" }), reason: z.string(), updatedAt: z.iso.datetime() })
    .nullable(),
  deadline: z.string().meta({ format: "date" }).describe("The deadline that applies"),
});

export const listLkpmDeadlinesApi = defineOperation({
  method: "GET",
  path: "/api/v1/investment/lkpm-deadlines",
  tags: ["investment"],
  summary: "LKPM filing deadline of every reporting period of a year: the rule's and any admin override",
  description:
    "Rule: the 10th of the month after the period (PerBKPM 5/2021) for deadlines before PerBKPM 5/2025 took effect (1 October 2025), the 15th from TW3 2025 on; an override (set by an admin when the ministry announces another date, e.g. because the 15th is a holiday) replaces it for that period. Default years: this one and the last.",
  access: { capability: "viewAnalytics" },
  query: z.object({
    year: z.coerce
      .number({ error: "year harus tahun empat angka." })
      .int({ error: "year harus tahun empat angka." })
      .min(2000, { error: "year paling awal 2000." })
      .max(2100, { error: "year paling akhir 2100." })
      .optional(),
  }),
  responses: { 200: { description: "Deadlines, newest first", json: z.object({ deadlines: z.array(ZDeadlineRow) }) } },
});

export const setLkpmDeadlineApi = defineOperation({
  method: "PUT",
  path: "/api/v1/investment/lkpm-deadlines",
  tags: ["investment"],
  summary: "Set the LKPM filing deadline of one period (ADMIN); its reports are re-marked on time or late",
  access: { capability: "manageReferenceData" },
  body: [jsonBody(ZLkpmDeadlineOverride, { invalidMessage: LKPM_DEADLINE_INVALID_MESSAGE })],
  responses: {
    200: {
      description: "The deadline set and how many reports changed their on-time flag",
      json: z.object({ period: z.string(), deadline: z.string(), reportsChanged: z.number().int() }),
    },
  },
});
