import { z } from "zod";
import { bearerSecurity, errorResponses, type PathItems } from "./types";
import { EXPORT_KINDS, TREND_GROUP_BYS, TREND_INTERVALS } from "../../investment/analytics-query";
import { BKPM_SECTOR_CODES, BKPM_SECTOR_GROUPS } from "../../investment/sectors";
import { BUSINESS_SCALES, INVESTMENT_ORIGINS } from "../../investment/derive";

const filterParameters = [
  {
    name: "from",
    in: "query",
    required: true,
    description: "First WIB day, inclusive (YYYY-MM-DD); projects count on the day their licence was issued",
    schema: { type: "string", format: "date" },
  },
  {
    name: "to",
    in: "query",
    required: true,
    description: "Last WIB day, inclusive (YYYY-MM-DD); at most 3660 days after from",
    schema: { type: "string", format: "date" },
  },
  {
    name: "interval",
    in: "query",
    required: false,
    schema: { type: "string", enum: [...TREND_INTERVALS], default: "month" },
  },
  {
    name: "groupBy",
    in: "query",
    required: false,
    description: "kecamatan groups by kecamatan code",
    schema: { type: "string", enum: [...TREND_GROUP_BYS] },
  },
  {
    name: "sector",
    in: "query",
    required: false,
    description: "BKPM sector code",
    schema: { type: "string", enum: [...BKPM_SECTOR_CODES] },
  },
  { name: "sectorGroup", in: "query", required: false, schema: { type: "string", enum: [...BKPM_SECTOR_GROUPS] } },
  {
    name: "kecamatan",
    in: "query",
    required: false,
    description: "Kemendagri code, e.g. 35.71.01",
    schema: { type: "string" },
  },
  { name: "origin", in: "query", required: false, schema: { type: "string", enum: [...INVESTMENT_ORIGINS] } },
  { name: "scale", in: "query", required: false, schema: { type: "string", enum: [...BUSINESS_SCALES] } },
];

const ZTrendPointJson = z.object({
  period: z.string().describe('"2026-03", "2026-Q1" or "2026"'),
  group: z.string().nullable().describe("Group value, null when not grouped or unknown"),
  projects: z.number().int(),
  investment: z
    .string()
    .regex(/^[0-9]+$/)
    .describe("Declared investment, integer rupiah as a string (exact)"),
  workers: z.number().int().describe("Planned workers, Indonesian + foreign"),
});

export const investmentPaths: PathItems = {
  "/api/v1/investment/trend": {
    get: {
      summary: "Investment trend: projects, rupiah and workers per period (and group)",
      description:
        "Issued business licences with a declared investment. Roles: PLANNER, LEADERSHIP, ADMIN (token or session). Without groupBy every period of the range is listed (zeros included).",
      tags: ["investment"],
      security: bearerSecurity,
      parameters: filterParameters,
      responses: {
        "200": {
          description: "The series and totals",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  from: { type: "string" },
                  to: { type: "string" },
                  interval: { type: "string" },
                  groupBy: { type: ["string", "null"] },
                  series: { type: "array", items: z.toJSONSchema(ZTrendPointJson) },
                  totals: {
                    type: "object",
                    properties: {
                      projects: { type: "integer" },
                      investment: { type: "string" },
                      workers: { type: "integer" },
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
  "/api/v1/investment/export.csv": {
    get: {
      summary: "CSV export of the filtered projects or the aggregated trend (streamed, no row cap)",
      description:
        "UTF-8 with a header row; dates WIB YYYY-MM-DD; rupiah plain integers; text beginning with = + - @ gets a leading apostrophe. kind=projects columns: registrationNo, licenseType, applicantName, submittedDate, issuedDate, kbli, kbliVersion, sector, sectorGroup, origin, scale, kecamatanCode, kelurahanCode, investmentValue, investmentCurrency, investmentOriginalAmount, exchangeRate, workersLocal, workersForeign, landValue, buildingValue, scaleBasis (pma | excluding_land_buildings | total_including_land_buildings: the last means the scale came from a total that may include land and buildings). kind=trend columns: period, group, projects, investment, workers. Every export is audit-logged.",
      tags: ["investment"],
      security: bearerSecurity,
      parameters: [
        ...filterParameters,
        {
          name: "kind",
          in: "query",
          required: false,
          schema: { type: "string", enum: [...EXPORT_KINDS], default: "projects" },
        },
      ],
      responses: {
        "200": { description: "CSV document", content: { "text/csv": { schema: { type: "string" } } } },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
