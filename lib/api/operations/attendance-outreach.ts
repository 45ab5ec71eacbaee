/** Attendance (check-clock log import) and outreach campaigns with their measured effect (issue 20 §2–3). */
import { z } from "zod";
import { ZAttendanceImportQuery } from "../../attendance/schemas";
import { OUTREACH_CSV_COLUMNS } from "../../outreach/export";
import { OUTREACH_CHANNELS, OUTREACH_TOPICS, ZCampaignInput, ZOutreachQuery } from "../../outreach/schemas";
import { bytesBody, defineOperation, jsonBody } from "../contract";
import { ZWibDay } from "./shared";

export const importAttendanceApi = defineOperation({
  method: "POST",
  path: "/api/v1/attendance/import",
  tags: ["attendance"],
  summary: "Import one check-clock log file (ADMIN)",
  description:
    "format=tab: the fingerprint terminal's attendance log (e.g. 1_attlog.dat), one punch a line: PIN, `YYYY-MM-DD HH:mm:ss` (the machine's clock, WIB), verify mode, in/out state, tab-separated. format=csv: the vendor software's export with a header naming the PIN column (PIN, User ID, AC-No.) and either a date-time column (Waktu, Check Time, DateTime) or a date and a time column (Tanggal/Date, Jam/Time). The same software's Excel export (.xlsx) is read whatever the format (told by its content; first sheet, title rows above the header skipped, Excel date-time cells or text, times WIB) and recorded as format xlsx; an old .xls is refused (422). Machine PINs are mapped to staff by the PIN an admin set per user. All or nothing: any unreadable line gives 422 naming the lines, and nothing is stored. A punch is the person and the instant, so an overlapping or repeated file adds only what is not stored yet (idempotent); the import is recorded (file hash, name, days, counts) and audited. Punches of PINs no user has are not stored but listed in unknownPins: set the PIN, then import the file again.",
  access: { capability: "manageAttendance" },
  query: ZAttendanceImportQuery,
  parameterDocs: {
    format: { description: "tab (the machine's log) or csv (the vendor software's export); ignored for an .xlsx body" },
  },
  body: [
    bytesBody({
      mediaTypes: [
        "text/plain",
        "text/tab-separated-values",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
      maxBytes: 20 * 1024 * 1024,
      description:
        "The file as uploaded (at most 20 MB): text (UTF-8, or UTF-16 with a byte-order mark) or an .xlsx workbook. text/plain is accepted with a bearer token only.",
    }),
  ],
  responses: {
    201: {
      description: "What the import stored",
      json: z.object({
        importId: z.string(),
        punches: z.number().int().describe("Punches read from the file"),
        added: z.number().int().describe("Punches stored now"),
        duplicates: z.number().int().describe("Punches already stored (or repeated in the file)"),
        unknownPins: z.array(z.object({ pin: z.string(), punches: z.number().int() })),
        firstDay: ZWibDay,
        lastDay: ZWibDay,
      }),
    },
  },
});

const WEEKS_DOC = {
  weeks: {
    description: "Weeks before the campaign's first day, and after its last day, that are compared (default 4)",
  },
};

const ZWindow = z.object({ from: ZWibDay, to: ZWibDay });
const ZTest = z.object({ pValue: z.number(), isSignificant: z.boolean().describe("p < 0.05") });
const share = () => z.number().nullable();

const ZCampaignReport = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.enum(OUTREACH_CHANNELS),
  startDay: ZWibDay,
  endDay: ZWibDay,
  kecamatanCode: z.string().nullable(),
  kecamatanName: z.string().nullable(),
  topic: z.enum(OUTREACH_TOPICS),
  licenseTypeCode: z.string().nullable(),
  licenseTypeName: z.string().nullable(),
  cost: z.number().int().describe("Whole rupiah"),
  note: z.string(),
  windows: z.object({
    before: ZWindow,
    after: ZWindow.nullable().describe("null before the campaign has started"),
    isComplete: z.boolean().describe("false until the after window has fully passed"),
  }),
  effect: z
    .object({
      applications: z.object({
        before: z.number().int(),
        after: z.number().int(),
        beforeWorkingDays: z.number().int(),
        afterWorkingDays: z.number().int(),
        beforePerDay: share(),
        afterPerDay: share(),
        expectedAfter: share(),
        additional: share().describe("after − before rate × after working days"),
        changeRate: share().describe("afterPerDay / beforePerDay − 1 (0.5 = +50 %)"),
        test: ZTest.extend({ rateRatio: z.number().nullable() })
          .nullable()
          .describe("Exact conditional test of two Poisson rates, two-sided"),
      }),
      survey: z.object({
        beforeAnswered: z.number().int(),
        beforeChannel: z.number().int(),
        afterAnswered: z.number().int(),
        afterChannel: z.number().int(),
        beforeShare: share(),
        afterShare: share(),
        changePoints: share().describe("afterShare − beforeShare (0.5 = +50 percentage points)"),
        test: ZTest.nullable().describe("Fisher's exact test"),
      }),
      costPerAdditional: z.number().int().nullable().describe("Whole rupiah per additional application"),
    })
    .nullable()
    .describe("null before the campaign has started"),
});

export const listCampaignsApi = defineOperation({
  method: "GET",
  path: "/api/v1/outreach/campaigns",
  tags: ["outreach"],
  summary: "Outreach campaigns with their measured before/after figures",
  description:
    "Per campaign: applications of its topic (a licence type, or all for procedure/tariffs) and area (a kecamatan, or the city) in the weeks before its first day against the days from its first day to `weeks` weeks after its last (never past yesterday; isComplete false until then), as rates per working day, with the exact conditional test of two Poisson rates (two-sided p, significant at p < 0.05); additional = after − before rate × after working days; cost per additional application. Survey: the share of respondents who first heard of the service through the campaign's channel, before and after, with Fisher's exact test.",
  access: { capability: "viewOutreach" },
  query: ZOutreachQuery,
  parameterDocs: WEEKS_DOC,
  responses: {
    200: {
      description: "The campaigns, newest first",
      json: z.object({ weeks: z.number().int(), today: ZWibDay, campaigns: z.array(ZCampaignReport) }),
    },
  },
});

export const createCampaignApi = defineOperation({
  method: "POST",
  path: "/api/v1/outreach/campaigns",
  tags: ["outreach"],
  summary: "Record an outreach campaign (ADMIN)",
  access: { capability: "manageOutreach" },
  body: [jsonBody(ZCampaignInput)],
  responses: { 201: { description: "The campaign recorded", json: z.object({ id: z.string() }) } },
});

export const outreachCsvApi = defineOperation({
  method: "GET",
  path: "/api/v1/outreach/export.csv",
  tags: ["outreach"],
  summary: "The outreach report as CSV, one row per campaign",
  description: `Columns: ${OUTREACH_CSV_COLUMNS.join(", ")}. Rates and shares are fractions (0.25 = 25 %). Every export is audit-logged.`,
  access: { capability: "viewOutreach" },
  query: ZOutreachQuery,
  parameterDocs: WEEKS_DOC,
  responses: { 200: { description: "CSV", mediaType: "text/csv" } },
});
