import { bearerSecurity, errorResponses, jsonSchema, type PathItems, importFileBody } from "./types";
import { REALISATION_CSV_COLUMNS, ZLkpmDeadlineOverride, ZRealisationInput } from "../../investment/realisation";
import { REALISATION_GROUP_BYS, REALISATION_INTERVALS } from "../../investment/realisation-params";

const rupiahString = { type: "string", pattern: "^[0-9]+$" };
const fraction = {
  type: ["number", "null"],
  description: "Fraction with 3 decimals (0.875 = 87,5 %); null when the denominator is 0",
};

export const investmentRealisationPaths: PathItems = {
  "/api/v1/investment/lkpm-deadlines": {
    get: {
      summary: "LKPM filing deadline of every reporting period of a year: the rule's and any admin override",
      description:
        "Roles: PLANNER, LEADERSHIP, ADMIN. Rule: the 10th of the month after the period (PerBKPM 5/2021) for deadlines before PerBKPM 5/2025 took effect (1 October 2025), the 15th from TW3 2025 on; an override (set by an admin when the ministry announces another date, e.g. because the 15th is a holiday) replaces it for that period. Default years: this one and the last.",
      tags: ["investment"],
      security: bearerSecurity,
      parameters: [
        { name: "year", in: "query", required: false, schema: { type: "integer", minimum: 2000, maximum: 2100 } },
      ],
      responses: {
        "200": {
          description: "Deadlines, newest first",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  deadlines: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        period: { type: "string", examples: ["2026-TW1"] },
                        ruleDeadline: { type: "string", format: "date" },
                        rule: { type: "string", enum: ["PerBKPM 5/2021", "PerBKPM 5/2025"] },
                        override: {
                          type: ["object", "null"],
                          properties: {
                            deadline: { type: "string", format: "date" },
                            reason: { type: "string" },
                            updatedAt: { type: "string", format: "date-time" },
                          },
                        },
                        deadline: { type: "string", format: "date", description: "The deadline that applies" },
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
    put: {
      summary: "Set the LKPM filing deadline of one period (ADMIN); its reports are re-marked on time or late",
      tags: ["investment"],
      security: bearerSecurity,
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(ZLkpmDeadlineOverride) } } },
      responses: {
        "200": {
          description: "{period, deadline, reportsChanged}",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(400, 401, 403, 415, 422),
      },
    },
  },
  "/api/v1/investment/realisations": {
    post: {
      summary: "Submit LKPM realised investment: one report (JSON) or a CSV/.xlsx file",
      description:
        "Roles: PLANNER, ADMIN (token or session); counter officers do not enter LKPM. A report is for an issued business licence (registrationNo) and one reporting period: usaha kecil report per semester (S1, S2), menengah and besar — and every PMA, which is always usaha besar — per triwulan (TW1–TW4), mikro are exempt; the obligation starts with the period in which the licence was issued and a period can be reported once it has ended. A report re-sent for the same project and period replaces the earlier one (idempotent). Optional reportedOn (YYYY-MM-DD, WIB) is the day the business filed it in OSS (after the period ended, not in the future; default today); a report is on time when filed by the deadline of its period: the 10th of the month after the period under PerBKPM 5/2021, the 15th from TW3 2025 on (PerBKPM 5/2025), or the date an admin set for that period (GET/PUT /api/v1/investment/lkpm-deadlines). " +
        `A file (Content-Type text/csv, or the .xlsx type for an Excel workbook, first sheet) with header: ${REALISATION_CSV_COLUMNS.join(",")}; all or nothing — any invalid row gives 422 with rowErrors (line, column, message) and nothing is stored. Amounts as 250000000, 250.000.000 or 1.250,50; dates as 2026-07-12 or 12/07/2026; a currency other than IDR needs exchangeRate (rupiah per unit). Template: GET /api/v1/import-templates/realisations.`,
      tags: ["investment"],
      security: bearerSecurity,
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: jsonSchema(ZRealisationInput) },
          ...importFileBody.content,
        },
      },
      responses: {
        "201": {
          description: "Report stored (JSON)",
          content: {
            "application/json": { schema: { type: "object", properties: { realisation: { type: "object" } } } },
          },
        },
        "200": {
          description:
            "JSON: an earlier report of the same project and period was replaced. CSV: {result:{rows,created,updated}}",
          content: { "application/json": { schema: { type: "object" } } },
        },
        ...errorResponses(400, 401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/investment/realisation": {
    get: {
      summary: "Plan vs LKPM realisation and LKPM compliance per quarter or year (and group)",
      description:
        "Roles: PLANNER, LEADERSHIP, ADMIN (token or session). Buckets are the whole quarters or years overlapping from…to. plannedInvestment: declared investment of the non-mikro projects issued by the end of the bucket; realisedInvestment: realised investment reported for reporting periods ending by the end of the bucket (cumulative); realisedInPeriod: reported for periods ending within the bucket; ratio = realisedInvestment ÷ plannedInvestment. obligated: LKPM reports owed for reporting periods ending within the bucket and already ended (semester reports count in Q2/Q4); filed: of those, reports received (filedOnTime: within the filing window); compliance = filed ÷ obligated. Rupiah are integer strings.",
      tags: ["investment"],
      security: bearerSecurity,
      parameters: [
        { name: "from", in: "query", required: true, schema: { type: "string", format: "date" } },
        { name: "to", in: "query", required: true, schema: { type: "string", format: "date" } },
        {
          name: "interval",
          in: "query",
          required: false,
          schema: { type: "string", enum: [...REALISATION_INTERVALS], default: "quarter" },
        },
        { name: "groupBy", in: "query", required: false, schema: { type: "string", enum: [...REALISATION_GROUP_BYS] } },
      ],
      responses: {
        "200": {
          description: "The series",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  from: { type: "string" },
                  to: { type: "string" },
                  interval: { type: "string" },
                  groupBy: { type: ["string", "null"] },
                  asOf: { type: "string", description: "WIB day the obligations were computed for" },
                  series: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: {
                        period: { type: "string", description: '"2026-Q1" or "2026"' },
                        group: { type: ["string", "null"] },
                        plannedInvestment: rupiahString,
                        realisedInvestment: rupiahString,
                        realisedInPeriod: rupiahString,
                        ratio: fraction,
                        obligated: { type: "integer" },
                        filed: { type: "integer" },
                        filedOnTime: {
                          type: "integer",
                          description:
                            "Of filed, reports filed by the deadline of their period (10th of the month after it before PerBKPM 5/2025, 15th from TW3 2025, or the admin override)",
                        },
                        compliance: fraction,
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
  },
};
