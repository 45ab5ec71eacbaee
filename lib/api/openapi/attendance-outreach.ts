import { bearerSecurity, errorResponses, jsonSchema, type PathItems } from "./types";
import { ZCampaignInput, OUTREACH_CHANNELS, OUTREACH_TOPICS } from "../../outreach/schemas";
import { OUTREACH_CSV_COLUMNS } from "../../outreach/export";

const weeksParameter = {
  name: "weeks",
  in: "query",
  required: false,
  description: "Weeks before the campaign's first day, and after its last day, that are compared (default 4)",
  schema: { type: "integer", minimum: 1, maximum: 26, default: 4 },
};
const nullableNumber = { type: ["number", "null"] };
const pTest = {
  type: ["object", "null"],
  properties: { pValue: { type: "number" }, isSignificant: { type: "boolean", description: "p < 0.05" } },
};

export const attendanceOutreachPaths: PathItems = {
  "/api/v1/attendance/import": {
    post: {
      summary: "Import one check-clock log file (ADMIN)",
      description:
        "format=tab: the fingerprint terminal's attendance log (e.g. 1_attlog.dat), one punch a line: PIN, `YYYY-MM-DD HH:mm:ss` (the machine's clock, WIB), verify mode, in/out state, tab-separated. format=csv: the vendor software's export with a header naming the PIN column (PIN, User ID, AC-No.) and either a date-time column (Waktu, Check Time, DateTime) or a date and a time column (Tanggal/Date, Jam/Time). Machine PINs are mapped to staff by the PIN an admin set per user. All or nothing: any unreadable line gives 422 naming the lines, and nothing is stored. A punch is the person and the instant, so an overlapping or repeated file adds only what is not stored yet (idempotent); the import is recorded (file hash, name, days, counts) and audited. Punches of PINs no user has are not stored but listed in unknownPins: set the PIN, then import the file again.",
      tags: ["attendance"],
      security: bearerSecurity,
      parameters: [
        { name: "format", in: "query", required: true, schema: { type: "string", enum: ["tab", "csv"] } },
        { name: "fileName", in: "query", required: false, schema: { type: "string", maxLength: 200 } },
      ],
      requestBody: {
        required: true,
        description: "The file's text (at most 20 MB). text/plain is accepted with a bearer token only.",
        content: {
          "text/plain": { schema: { type: "string" } },
          "text/tab-separated-values": { schema: { type: "string" } },
          "text/csv": { schema: { type: "string" } },
        },
      },
      responses: {
        "201": {
          description: "What the import stored",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["importId", "punches", "added", "duplicates", "unknownPins", "firstDay", "lastDay"],
                properties: {
                  importId: { type: "string" },
                  punches: { type: "integer", description: "Punches read from the file" },
                  added: { type: "integer", description: "Punches stored now" },
                  duplicates: { type: "integer", description: "Punches already stored (or repeated in the file)" },
                  unknownPins: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: { pin: { type: "string" }, punches: { type: "integer" } },
                    },
                  },
                  firstDay: { type: "string", format: "date" },
                  lastDay: { type: "string", format: "date" },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/outreach/campaigns": {
    get: {
      summary: "Outreach campaigns with their measured before/after figures",
      description:
        "Roles: ADMIN, LEADERSHIP, PLANNER. Per campaign: applications of its topic (a licence type, or all for procedure/tariffs) and area (a kecamatan, or the city) in the weeks before its first day against the days from its first day to `weeks` weeks after its last (never past yesterday; isComplete false until then), as rates per working day, with the exact conditional test of two Poisson rates (two-sided p, significant at p < 0.05); additional = after − before rate × after working days; cost per additional application. Survey: the share of respondents who first heard of the service through the campaign's channel, before and after, with Fisher's exact test.",
      tags: ["outreach"],
      security: bearerSecurity,
      parameters: [weeksParameter],
      responses: {
        "200": {
          description: "{weeks, today, campaigns}",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  weeks: { type: "integer" },
                  today: { type: "string", format: "date" },
                  campaigns: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        id: { type: "string" },
                        name: { type: "string" },
                        channel: { type: "string", enum: [...OUTREACH_CHANNELS] },
                        topic: { type: "string", enum: [...OUTREACH_TOPICS] },
                        startDay: { type: "string", format: "date" },
                        endDay: { type: "string", format: "date" },
                        kecamatanCode: { type: ["string", "null"] },
                        licenseTypeCode: { type: ["string", "null"] },
                        cost: { type: "integer", description: "Whole rupiah" },
                        windows: { type: "object" },
                        effect: {
                          type: ["object", "null"],
                          description: "null before the campaign has started",
                          properties: {
                            applications: {
                              type: "object",
                              properties: {
                                before: { type: "integer" },
                                after: { type: "integer" },
                                beforeWorkingDays: { type: "integer" },
                                afterWorkingDays: { type: "integer" },
                                expectedAfter: nullableNumber,
                                additional: nullableNumber,
                                changeRate: nullableNumber,
                                test: pTest,
                              },
                            },
                            survey: {
                              type: "object",
                              properties: {
                                beforeAnswered: { type: "integer" },
                                beforeChannel: { type: "integer" },
                                afterAnswered: { type: "integer" },
                                afterChannel: { type: "integer" },
                                beforeShare: nullableNumber,
                                afterShare: nullableNumber,
                                changePoints: nullableNumber,
                                test: pTest,
                              },
                            },
                            costPerAdditional: { type: ["integer", "null"] },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 422),
      },
    },
    post: {
      summary: "Record an outreach campaign (ADMIN)",
      tags: ["outreach"],
      security: bearerSecurity,
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(ZCampaignInput) } } },
      responses: {
        "201": { description: "{id}", content: { "application/json": { schema: { type: "object" } } } },
        ...errorResponses(400, 401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/outreach/export.csv": {
    get: {
      summary: "The outreach report as CSV, one row per campaign",
      description: `Roles: ADMIN, LEADERSHIP, PLANNER. Columns: ${OUTREACH_CSV_COLUMNS.join(", ")}. Rates and shares are fractions (0.25 = 25 %).`,
      tags: ["outreach"],
      security: bearerSecurity,
      parameters: [weeksParameter],
      responses: {
        "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
