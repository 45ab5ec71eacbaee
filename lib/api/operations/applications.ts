/** Permit applications: one file with its SLA clock, the CSV import, the processing-time summary. */
import { z } from "zod";
import { ZImportQuery, ZProcessingSummaryQuery } from "../../applications/schemas";
import { APPLICANT_KINDS, EVENT_KINDS, STAGES, STATUSES } from "../../applications/constants";
import { IMPORT_MODES } from "../../applications/import-modes";
import { defineOperation } from "../contract";
import { ZRowError, importFileBody, rejectedImportError } from "./imports";
import { ZCalendarWarnings, ZRupiahString, nullableNumber, oneOf } from "./shared";

const ZCodeName = z.object({ code: z.string(), name: z.string() });

const ZApplicationDetail = z.object({
  registrationNo: z
    .string()
    .max(60)
    .meta({ examples: ["503/0123/419.47/2026"] }),
  licenseType: z.object({ code: z.string(), name: z.string(), nameEn: z.string(), agency: z.string() }).nullable(),
  applicantName: z.string().nullable(),
  applicantKind: oneOf(APPLICANT_KINDS),
  kecamatan: ZCodeName.nullable(),
  kelurahan: ZCodeName.nullable(),
  counter: ZCodeName.nullable(),
  status: oneOf(STATUSES),
  currentStage: oneOf(STAGES),
  outcomeReason: z.string().nullable(),
  submittedAt: z.iso.datetime(),
  fileCompleteAt: z.iso.datetime().describe("When the file was complete: the SLA clock starts the next working day"),
  finishedAt: z.iso.datetime().nullable(),
  slaDays: z.number().int(),
  feeCharged: z.number().int().nullable().describe("Integer rupiah"),
  tariff: z.number().int().nullable().describe("Official tariff at submission, integer rupiah"),
  isFeeDiscrepant: z.boolean(),
  dueDate: z.string().describe("WIB day the SLA runs out (YYYY-MM-DD)"),
  elapsedWorkingDays: z.number().int(),
  pausedWorkingDays: z.number().int(),
  remainingWorkingDays: z.number().int(),
  overdue: z.boolean(),
  processingDays: z.number().int().nullable().describe("Working days net of pauses, once finished"),
  onTime: z.boolean().nullable(),
  calendarWarnings: ZCalendarWarnings,
  investment: z
    .object({
      investmentValue: ZRupiahString,
      investmentCurrency: z.string().nullable(),
      investmentOriginalAmount: z.string().nullable(),
      exchangeRate: z.string().nullable(),
      workersLocal: z.number().int().nullable(),
      workersForeign: z.number().int().nullable(),
      kbli: z.string().nullable(),
      kbliVersion: z.string().nullable(),
      sector: z.string().nullable(),
      sectorGroup: z.string().nullable(),
      origin: z.string().nullable(),
      scale: z.string().nullable(),
      landValue: ZRupiahString.nullable(),
      buildingValue: ZRupiahString.nullable(),
      scaleBasis: z
        .string()
        .nullable()
        .describe(
          "pma: a PMA is always besar; excluding_land_buildings: PP 7/2021 Ps 35; total_including_land_buildings: no land/building value given, the scale came from a total that may include them",
        ),
    })
    .nullable()
    .describe("Business licences: the declared investment (rupiah as integer strings) and the derived scale"),
  timeline: z.array(
    z.object({
      kind: oneOf(EVENT_KINDS),
      stage: z.string(),
      at: z.iso.datetime(),
      note: z.string().nullable(),
      workingDays: z.number().int().nullable(),
    }),
  ),
});

export const getApplicationApi = defineOperation({
  method: "GET",
  path: "/api/v1/applications/{registrationNo}",
  tags: ["applications"],
  summary: "One permit application with its timeline and working-day SLA clock",
  description:
    "Registration numbers are 3–60 characters: letters, digits, `.`, `_`, `-`, and `/` between segments (office file numbers such as `503/0123/419.47/2026`). In the path the number is percent-encoded: `/api/v1/applications/503%2F0123%2F419.47%2F2026`. `calendarWarnings` names the years of the clock (clock start to due date or finish) whose holidays are missing or provisional.",
  access: { capability: "viewApplications" },
  params: z.object({ registrationNo: z.string() }),
  parameterDocs: {
    registrationNo: {
      description: "URL-encoded (encodeURIComponent): `/` as `%2F`",
      examples: ["503%2F0123%2F419.47%2F2026"],
    },
  },
  responses: { 200: { description: "The application", json: ZApplicationDetail } },
  errors: { 404: "No application with this registration number" },
});

const ZApplicationsImportResult = z.object({
  mode: z.enum(IMPORT_MODES),
  rows: z.number().int(),
  imported: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  invalidRows: z.number().int(),
  errors: z.array(ZRowError).describe("The first errors (at most 500)"),
  errorCount: z.number().int(),
  committed: z.boolean().describe("false when nothing was written because of errors in all-or-nothing mode"),
  calendarWarnings: ZCalendarWarnings.describe(
    "Years the rows' SLA clocks touched without a holiday list (e.g. files of 2012) or with a provisional one",
  ),
});

export const importApplicationsApi = defineOperation({
  method: "POST",
  path: "/api/v1/applications/import",
  tags: ["applications"],
  summary:
    "Import applications from CSV or .xlsx (ADMIN); all-or-nothing unless mode=valid-only; idempotent upsert by registrationNo",
  description:
    "Body: the file as uploaded. Numbers may be written the Indonesian way (1.250.000,50) and dates as 17/03/2026 09:30; typed Excel dates and numbers are read as such. registrationNo may contain `/` (3–60 characters; spaces around `/` are removed). Column names and formats: docs/import-applications.md. Template: GET /api/v1/import-templates/applications.",
  access: { capability: "importData" },
  query: ZImportQuery,
  body: [importFileBody(64 * 1024 * 1024, "The file with a header row.")],
  responses: { 200: { description: "Imported", json: z.object({ result: ZApplicationsImportResult }) } },
  errors: {
    422: rejectedImportError(ZApplicationsImportResult, "Invalid query, or invalid rows in an all-or-nothing file"),
  },
});

/** Applications completed, on time, and their working days (median, 90th percentile, mean; null when none). */
const TIME_STATS = {
  completed: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: nullableNumber().describe("Fraction of completed on time"),
  medianDays: nullableNumber(),
  p90Days: nullableNumber(),
  meanDays: nullableNumber(),
};

export const processingSummaryApi = defineOperation({
  method: "GET",
  path: "/api/v1/processing/summary",
  tags: ["applications"],
  summary: "Processing-time summary for applications completed in a range (working days)",
  access: { capability: ["viewDashboards", "viewAnalytics", "viewApplications"] },
  query: ZProcessingSummaryQuery,
  parameterDocs: { from: { format: "date" }, to: { format: "date" } },
  responses: {
    200: {
      description: "The summary",
      json: z.object({
        from: z.string(),
        to: z.string(),
        ...TIME_STATS,
        backlog: z.number().int().describe("Open applications today"),
        overdue: z.number().int().describe("Open applications past their due date today"),
        calendarWarnings: ZCalendarWarnings,
        byStage: z.array(
          z.object({
            stage: z.string(),
            count: z.number().int(),
            medianDays: nullableNumber(),
            meanDays: nullableNumber(),
          }),
        ),
        byLicenseType: z.array(
          z.object({
            licenseType: z.string(),
            name: z.string(),
            nameEn: z.string(),
            slaDays: z.number().int().nullable(),
            ...TIME_STATS,
          }),
        ),
      }),
    },
  },
});
