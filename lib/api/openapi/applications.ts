import { z } from "zod";
import { ZImportQuery, ZProcessingSummaryQuery } from "../../applications/api-schemas";
import { bearerSecurity, errorResponses, type PathItems } from "./types";

function queryParameters(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
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
    registrationNo: { type: "string" },
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
    feeCharged: { type: ["integer", "null"] },
    tariff: { type: ["integer", "null"] },
    isFeeDiscrepant: { type: "boolean" },
    investment: { type: ["object", "null"], description: "Business licences: investmentValue (integer rupiah as string), currency, rate, workers, KBLI, sector, origin, scale, landValue and buildingValue (integer rupiah as string or null), scaleBasis (pma: a PMA is always besar; excluding_land_buildings: PP 7/2021 Ps 35; total_including_land_buildings: no land/building value given, the scale came from a total that may include them)" },
    timeline: {
      type: "array",
      items: { type: "object", properties: { kind: { type: "string" }, stage: { type: "string" }, at: { type: "string", format: "date-time" }, note: { type: ["string", "null"] }, workingDays: { type: ["integer", "null"] } } },
    },
  },
};

export const applicationsPaths: PathItems = {
  "/api/v1/applications/{registrationNo}": {
    get: {
      summary: "One permit application with its timeline and working-day SLA clock",
      tags: ["applications"],
      security: bearerSecurity,
      parameters: [{ name: "registrationNo", in: "path", required: true, schema: { type: "string" } }],
      responses: { "200": { description: "The application", content: { "application/json": { schema: application } } }, ...errorResponses(401, 403, 404) },
    },
  },
  "/api/v1/applications/import": {
    post: {
      summary: "Import applications from CSV (ADMIN); all-or-nothing unless mode=valid-only; idempotent upsert by registrationNo",
      tags: ["applications"],
      security: bearerSecurity,
      parameters: queryParameters(ZImportQuery),
      requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
      responses: {
        "200": { description: "Imported: { result: { rows, imported, created, updated, invalidRows, errors[], committed } }" },
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
          description: "completed, onTime, onTimeRate, medianDays, p90Days, meanDays, backlog, overdue, byStage[], byLicenseType[]",
        },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
