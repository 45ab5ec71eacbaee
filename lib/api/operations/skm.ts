/** SKM: responses from every channel, CSV import, one-time invitations, the IKM summary and its exports. */
import { z } from "zod";
import { CSV_BASE_HEADERS } from "../../skm/import-csv";
import { ZSurveySubmission } from "../../skm/schemas";
import { ZInvitationCreate } from "../../skm/staff-input-schemas";
import { ZSkmSummaryQuery } from "../../skm/schemas";
import { defineOperation, domainJsonBody, jsonBody, type ParameterDoc } from "../contract";
import { importFileBody } from "./imports";
import { DATE_RANGE_DOCS, createdOrRetried } from "./shared";

const ZStoredResponse = z.object({
  id: z.string(),
  duplicate: z.boolean().describe("true when the idempotencyKey was seen before: the first response's id"),
  submittedAt: z.iso
    .datetime()
    .describe("The instant stored (the server's time unless the caller may date the response)"),
});

export const submitResponseApi = defineOperation({
  method: "POST",
  path: "/api/v1/responses",
  tags: ["skm"],
  summary: "Submit one survey response (link/QR with token, kiosk with X-Kiosk-Key, web, paper by staff)",
  description:
    "Answers are keyed by element code (U1…U9 for SKM-2017, U1…U14 for IKM-2004), integers 1–4; every element and the profile (age, sex, education, occupation) are required, except on paper/import when the office setting skm.allowIncompletePaper is on (then at least one element). The server decides when and how a response was collected: see the channel and submittedAt fields (anonymous callers always get the server's time; paper/import need a staff credential, kiosk the X-Kiosk-Key). Who may use the channel is answered first (401/403 naming channel), whatever else is wrong with the body. The same idempotencyKey returns the first result (200, duplicate: true) instead of a second row. A used or expired invitation token → 409, an unknown one → 404. Anonymous submissions without token are rate-limited per address (20 per 10 minutes). Submissions arriving together are stored by one transaction and each is answered after it committed (201/200 means stored); on SQLite a submission waits while a large import holds the database and gets 503 with Retry-After if that lasts over 30 s. Text with a lone UTF-16 surrogate → 422 naming the field. A technical agency's session (role AGENCY) → 403.",
  access: {
    custom:
      "No credentials for web, link and qr; a kiosk sends its X-Kiosk-Key; paper and import need an API token or staff session (enterPaperSurveys: ADMIN, OFFICER; import: importData, ADMIN).",
    security: [{}, { bearerAuth: [] }, { sessionCookie: [] }],
  },
  headers: [{ name: "X-Kiosk-Key", description: "Device key of an enrolled kiosk" }],
  body: [domainJsonBody(ZSurveySubmission, "submitSurveyResponse (lib/skm/submit-response.ts)")],
  responses: createdOrRetried(ZStoredResponse, "Stored", "Same idempotencyKey seen before: the first response"),
  errors: {
    401: "Channel paper/import without credentials, or an unknown kiosk key or token",
    403: "The caller may not use this channel, or a cross-site request with a session cookie",
    404: "Unknown invitation token",
    409: "The invitation was already used or has expired",
    429: "Too many anonymous submissions from this address; see Retry-After",
    503: "The database is held by a long write (a large import on SQLite); try again after Retry-After",
  },
});

export const importResponsesApi = defineOperation({
  method: "POST",
  path: "/api/v1/responses/import",
  tags: ["skm"],
  summary: "Import survey responses from CSV or .xlsx (ADMIN), all or nothing",
  description: `Template: GET /api/v1/import-templates/responses. Any invalid row → 422 with fields keyed "baris N / kolom", nothing stored. Each import is recorded with the SHA-256 of the file's text (CSV: BOM removed, line endings normalised; .xlsx: of the rows as read), its row count, the WIB days covered and who imported it; the same file again → 409 naming the earlier import (date, person) until an admin undoes that import (Survei → Impor CSV).`,
  access: { capability: "importData" },
  body: [
    importFileBody(
      20 * 1024 * 1024,
      `One row per respondent. Headers: ${CSV_BASE_HEADERS.join(", ")}, and one column per element code (U1…U9 or U1…U14). submittedAt is YYYY-MM-DD, DD/MM/YYYY (optionally with a time, WIB), ISO 8601 or an Excel date, kept as given (this is staff entry), on or after the questionnaire version's first day (SKM-2017: 2017-01-01, IKM-2004: 2004-02-24) and not after today (WIB). Every element and the profile are required unless the office setting skm.allowIncompletePaper is on.`,
    ),
  ],
  responses: {
    201: {
      description: "Imported",
      json: z.object({
        imported: z.number().int(),
        importId: z.string().describe("id of the recorded import (for undo)"),
      }),
    },
  },
  errors: { 409: "This file was imported before (the message names when and by whom)" },
});

export const createInvitationApi = defineOperation({
  method: "POST",
  path: "/api/v1/invitations",
  tags: ["skm"],
  summary: "Create a one-time survey invitation for a service transaction (OFFICER/ADMIN)",
  access: { capability: "createInvitations" },
  body: [jsonBody(ZInvitationCreate)],
  responses: {
    201: {
      description: "The invitation: token, short link, expiry and QR code (SVG markup)",
      json: z.object({
        id: z.string(),
        token: z.string(),
        link: z.string().describe("The short link the applicant opens"),
        expiresAt: z.iso.datetime(),
        qrSvg: z.string().describe("QR code of the link, SVG markup"),
      }),
    },
  },
});

const SUMMARY_DOCS: Record<string, ParameterDoc> = {
  ...DATE_RANGE_DOCS,
  licenseType: { description: "Licence type code" },
  counter: { description: "Counter code" },
  channel: { description: "Only responses of this channel" },
  questionnaire: { description: "Questionnaire version (PermenPANRB 14/2017 or KEP/25/M.PAN/2/2004)" },
};

const ZSummaryElement = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  count: z.number().int(),
  nrr: z.number().nullable().describe("Average score of the element (nilai rata-rata), 1–4"),
  weighted: z.number().nullable(),
  isWeakest: z.boolean(),
});

export const ZSkmSummaryJson = z.object({
  questionnaire: z.string(),
  regulation: z.string(),
  from: z.string().meta({ format: "date" }),
  to: z.string().meta({ format: "date" }),
  respondents: z.number().int(),
  hasData: z.boolean().describe("false for an empty period: every figure is null, never NaN"),
  elements: z.array(ZSummaryElement),
  index: z.number().nullable().describe("Raw index 1–4, 4 decimals"),
  ikm: z.number().nullable().describe("IKM konversi 25–100, 2 decimals"),
  grade: z.enum(["A", "B", "C", "D"]).nullable(),
  performance: z.object({ id: z.string(), en: z.string() }).nullable(),
  weight: z
    .object({
      mode: z.enum(["printed", "exact"]),
      value: z.number(),
      answeredElements: z.number().int().describe("k, the elements with at least one answer"),
      sum: z.number().describe("value × answeredElements (≤ 1)"),
    })
    .describe(
      "Effective weight per answered element (jumlah unsur yang terisi): exact 1/k, or printed 1/k cut to 3 decimals (0,111 for 9; 0,142 for 7), so Σ weights ≤ 1 and the IKM never exceeds 100,00",
    ),
  unansweredElements: z.array(z.string()).describe("Elements nobody answered in the period"),
  isComplete: z.boolean().describe("false when any element has no answers: the report is incomplete"),
  population: z.number().int().nullable(),
  populationSource: z
    .enum(["applications", "admin"])
    .nullable()
    .describe(
      "admin: the figure entered for the calendar period (preferred); applications: every application finished in the period (issued, rejected or withdrawn)",
    ),
  requiredSample: z.number().int().nullable().describe("Krejcie & Morgan minimum"),
  sampleAdequate: z.boolean().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable().describe("95 % CI of the IKM with Student's t (df = n − 1)"),
  weakest: z.array(z.string()).describe("Codes of the three weakest elements, lowest NRR first"),
});

export const skmSummaryApi = defineOperation({
  method: "GET",
  path: "/api/v1/skm/summary",
  tags: ["skm"],
  summary: "IKM summary for a date range (PermenPANRB 14/2017 or KEP/25/2004), from daily aggregates",
  access: { capability: "viewSkmDashboard" },
  query: ZSkmSummaryQuery,
  parameterDocs: SUMMARY_DOCS,
  responses: { 200: { description: "Summary", json: ZSkmSummaryJson } },
});

export const skmElementsCsvApi = defineOperation({
  method: "GET",
  path: "/api/v1/skm/export/elements",
  tags: ["skm"],
  summary: "Per-element summary as CSV (formula-safe; same parameters as the summary)",
  access: { capability: "viewSkmDashboard" },
  query: ZSkmSummaryQuery,
  parameterDocs: SUMMARY_DOCS,
  responses: { 200: { description: "CSV (UTF-8 with BOM), one row per element", mediaType: "text/csv" } },
});

export const skmResponsesCsvApi = defineOperation({
  method: "GET",
  path: "/api/v1/skm/export/responses",
  tags: ["skm"],
  summary: "Anonymised raw responses as streamed CSV (PLANNER, ADMIN; formula-safe, ages in 5-year bands)",
  description: "Every export is audit-logged.",
  access: { capability: "exportData" },
  query: ZSkmSummaryQuery,
  parameterDocs: SUMMARY_DOCS,
  responses: { 200: { description: "CSV, one row per response", mediaType: "text/csv" } },
});
