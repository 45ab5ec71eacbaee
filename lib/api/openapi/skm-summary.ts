import { bearerSecurity, errorResponses, type PathItems } from "./types";
import { QUESTIONNAIRE_CODES } from "../../skm/questionnaires";
import { SKM_CHANNELS } from "../../skm/summary";

const summaryParameters = [
  {
    name: "from",
    in: "query",
    required: true,
    schema: { type: "string", format: "date" },
    description: "First WIB day, YYYY-MM-DD",
  },
  {
    name: "to",
    in: "query",
    required: true,
    schema: { type: "string", format: "date" },
    description: "Last WIB day, YYYY-MM-DD (inclusive)",
  },
  { name: "licenseType", in: "query", required: false, schema: { type: "string" }, description: "Licence type code" },
  { name: "counter", in: "query", required: false, schema: { type: "string" }, description: "Counter code" },
  { name: "channel", in: "query", required: false, schema: { type: "string", enum: [...SKM_CHANNELS] } },
  {
    name: "questionnaire",
    in: "query",
    required: false,
    schema: { type: "string", enum: [...QUESTIONNAIRE_CODES], default: "SKM-2017" },
  },
];

const nullableNumber = { type: ["number", "null"] };

const summarySchema = {
  type: "object",
  required: [
    "respondents",
    "elements",
    "index",
    "ikm",
    "grade",
    "performance",
    "weight",
    "unansweredElements",
    "isComplete",
    "population",
    "requiredSample",
    "sampleAdequate",
    "ci95",
  ],
  properties: {
    questionnaire: { type: "string" },
    from: { type: "string", format: "date" },
    to: { type: "string", format: "date" },
    respondents: { type: "integer" },
    hasData: { type: "boolean", description: "false for an empty period: every figure is null, never NaN" },
    elements: {
      type: "array",
      items: {
        type: "object",
        properties: {
          code: { type: "string" },
          name: { type: "string" },
          nameEn: { type: "string" },
          count: { type: "integer" },
          nrr: nullableNumber,
          weighted: nullableNumber,
          isWeakest: { type: "boolean" },
        },
      },
    },
    index: { ...nullableNumber, description: "Raw index 1–4, 4 decimals" },
    ikm: { ...nullableNumber, description: "IKM konversi 25–100, 2 decimals" },
    grade: { type: ["string", "null"], enum: ["A", "B", "C", "D", null] },
    performance: { type: ["object", "null"], properties: { id: { type: "string" }, en: { type: "string" } } },
    weight: {
      type: "object",
      description:
        "Effective weight per answered element (jumlah unsur yang terisi): exact 1/k, or printed 1/k cut to 3 decimals (0,111 for 9; 0,142 for 7), so Σ weights ≤ 1 and the IKM never exceeds 100,00",
      properties: {
        mode: { type: "string", enum: ["printed", "exact"] },
        value: { type: "number" },
        answeredElements: { type: "integer", description: "k, the elements with at least one answer" },
        sum: { type: "number", description: "value × answeredElements (≤ 1)" },
      },
    },
    unansweredElements: {
      type: "array",
      items: { type: "string" },
      description: "Elements nobody answered in the period",
    },
    isComplete: { type: "boolean", description: "false when any element has no answers: the report is incomplete" },
    population: { type: ["integer", "null"] },
    populationSource: {
      type: ["string", "null"],
      enum: ["applications", "admin", null],
      description:
        "admin: the figure entered for the calendar period (preferred); applications: every application finished in the period (issued, rejected or withdrawn)",
    },
    requiredSample: { type: ["integer", "null"], description: "Krejcie & Morgan minimum" },
    sampleAdequate: { type: ["boolean", "null"] },
    ci95: {
      type: ["array", "null"],
      items: { type: "number" },
      minItems: 2,
      maxItems: 2,
      description: "95 % CI of the IKM with Student's t (df = n − 1)",
    },
    weakest: { type: "array", items: { type: "string" } },
  },
};

export const skmSummaryPaths: PathItems = {
  "/api/v1/skm/summary": {
    get: {
      summary: "IKM summary for a date range (PermenPANRB 14/2017 or KEP/25/2004), from daily aggregates",
      tags: ["skm"],
      security: bearerSecurity,
      parameters: summaryParameters,
      responses: {
        "200": { description: "Summary", content: { "application/json": { schema: summarySchema } } },
        ...errorResponses(401, 403, 422),
      },
    },
  },
  "/api/v1/skm/export/elements": {
    get: {
      summary: "Per-element summary as CSV (formula-safe)",
      tags: ["skm"],
      security: bearerSecurity,
      parameters: summaryParameters,
      responses: {
        "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        ...errorResponses(401, 403, 422),
      },
    },
  },
  "/api/v1/skm/export/responses": {
    get: {
      summary: "Anonymised raw responses as streamed CSV (PLANNER, ADMIN; formula-safe, ages in 5-year bands)",
      tags: ["skm"],
      security: bearerSecurity,
      parameters: summaryParameters,
      responses: {
        "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
