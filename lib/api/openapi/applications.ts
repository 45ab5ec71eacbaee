import { z } from "zod";
import { ZImportQuery, ZProcessingSummaryQuery } from "../../applications/api-schemas";
import { importFileBody, bearerSecurity, calendarWarningsSchema, errorResponses, type PathItems } from "./types";

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description: property.description,
    schema: { type: "string" },
  }));
}

const application = {
  type: "object",
  properties: {
    registrationNo: { type: "string", maxLength: 60, description: 'e.g. an office file number "503/0123/419.47/2026"' },
    licenseType: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
    status: { type: "string", enum: ["in_process", "returned", "issued", "rejected", "withdrawn"] },
    currentStage: { type: "string" },
    dueDate: { type: "string", description: "WIB day the SLA runs out (YYYY-MM-DD)" },
    elapsedWorkingDays: { type: "integer" },
    pausedWorkingDays: { type: "integer" },
    remainingWorkingDays: { type: "integer" },
    overdue: { type: "boolean" },
    processingDays: { type: ["integer", "null"], description: "Working days net of pauses, once finished" },
    onTime: { type: ["boolean", "null"] },
    calendarWarnings: calendarWarningsSchema,
    feeCharged: { type: ["integer", "null"] },
    tariff: { type: ["integer", "null"] },
    isFeeDiscrepant: { type: "boolean" },
    investment: {
      type: ["object", "null"],
      description:
        "Business licences: investmentValue (integer rupiah as string), currency, rate, workers, KBLI, sector, origin, scale, landValue and buildingValue (integer rupiah as string or null), scaleBasis (pma: a PMA is always besar; excluding_land_buildings: PP 7/2021 Ps 35; total_including_land_buildings: no land/building value given, the scale came from a total that may include them)",
    },
    timeline: {
      type: "array",
      items: {
        type: "object",
        properties: {
          kind: { type: "string" },
          stage: { type: "string" },
          at: { type: "string", format: "date-time" },
          note: { type: ["string", "null"] },
          workingDays: { type: ["integer", "null"] },
        },
      },
    },
  },
};

export const applicationsPaths: PathItems = {
  "/api/v1/applications/{registrationNo}": {
    get: {
      summary: "One permit application with its timeline and working-day SLA clock",
      tags: ["applications"],
      security: bearerSecurity,
      description:
        "Registration numbers are 3–60 characters: letters, digits, `.`, `_`, `-`, and `/` between segments (office file numbers such as `503/0123/419.47/2026`). In the path the number is percent-encoded: `/api/v1/applications/503%2F0123%2F419.47%2F2026`. `calendarWarnings` names the years of the clock (clock start to due date or finish) whose holidays are missing or provisional.",
      parameters: [
        {
          name: "registrationNo",
          in: "path",
          required: true,
          description: "URL-encoded (encodeURIComponent): `/` as `%2F`",
          schema: { type: "string", maxLength: 60 },
        },
      ],
      responses: {
        "200": { description: "The application", content: { "application/json": { schema: application } } },
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/v1/applications/import": {
    post: {
      summary:
        "Import applications from CSV or .xlsx (ADMIN); all-or-nothing unless mode=valid-only; idempotent upsert by registrationNo",
      description:
        "Body: the file as uploaded — CSV (text/csv; UTF-8 or Windows-1252, separated by , ; or tab) or .xlsx (first sheet; title rows above the header are skipped). Numbers may be written the Indonesian way (1.250.000,50) and dates as 17/03/2026 09:30; typed Excel dates and numbers are read as such. Template: GET /api/v1/import-templates/applications.",
      tags: ["applications"],
      security: bearerSecurity,
      parameters: queryParameters(ZImportQuery),
      requestBody: importFileBody,
      responses: {
        "200": {
          description:
            "Imported: { result: { rows, imported, created, updated, invalidRows, errors[], committed, calendarWarnings[] } }. calendarWarnings names the years the rows' SLA clocks touched without a holiday list (e.g. files of 2012) or with a provisional one. registrationNo may contain `/` (3–60 characters; spaces around `/` are removed).",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  result: {
                    type: "object",
                    properties: {
                      rows: { type: "integer" },
                      imported: { type: "integer" },
                      created: { type: "integer" },
                      updated: { type: "integer" },
                      invalidRows: { type: "integer" },
                      errors: {
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            line: { type: "integer" },
                            column: { type: "string" },
                            message: { type: "string" },
                          },
                        },
                      },
                      errorCount: { type: "integer" },
                      committed: { type: "boolean" },
                      calendarWarnings: calendarWarningsSchema,
                    },
                  },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 413, 415, 422),
      },
    },
  },
  "/api/v1/processing/summary": {
    get: {
      summary: "Processing-time summary for applications completed in a range (working days)",
      tags: ["applications"],
      security: bearerSecurity,
      parameters: queryParameters(ZProcessingSummaryQuery),
      responses: {
        "200": {
          description:
            "completed, onTime, onTimeRate, medianDays, p90Days, meanDays, backlog, overdue, calendarWarnings[], byStage[], byLicenseType[]",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  from: { type: "string" },
                  to: { type: "string" },
                  completed: { type: "integer" },
                  onTime: { type: "integer" },
                  onTimeRate: { type: ["number", "null"] },
                  medianDays: { type: ["number", "null"] },
                  p90Days: { type: ["number", "null"] },
                  meanDays: { type: ["number", "null"] },
                  backlog: { type: "integer" },
                  overdue: { type: "integer" },
                  calendarWarnings: calendarWarningsSchema,
                  byStage: { type: "array", items: { type: "object" } },
                  byLicenseType: { type: "array", items: { type: "object" } },
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
