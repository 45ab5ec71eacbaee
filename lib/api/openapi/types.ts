import { z } from "zod";

/** An OpenAPI 3.1 path item fragment; schemas come from the same zod schemas the handlers use. */
export type PathItems = Record<string, Record<string, unknown>>;

export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: ERROR_DESCRIPTIONS[s] ?? "Error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "No or invalid credentials",
  403: "The role may not use this endpoint",
  404: "Not found",
  409: "Conflict with the current state (e.g. a used invitation)",
  413: "Body larger than the limit",
  415: "Wrong Content-Type",
  422: "Invalid fields; `fields` names each one",
  429: "Too many requests; see Retry-After",
};

export const bearerSecurity = [{ bearerAuth: [] }, { sessionCookie: [] }];

/**
 * `calendarWarnings` (issue 13): the years a computation touched whose holiday list is missing (HOLIDAYS_MISSING:
 * counted as plain Monday–Friday) or not yet confirmed against the signed SKB (HOLIDAYS_PROVISIONAL). Empty when
 * every year touched is covered and official.
 */
export const calendarWarningsSchema = {
  type: "array",
  description:
    'Years the working-day computation touched whose holiday list is missing (HOLIDAYS_MISSING: counted as plain Monday–Friday, e.g. "hari libur 2027 belum diisi — tenggat dihitung tanpa hari libur") or provisional (HOLIDAYS_PROVISIONAL: not yet confirmed against the signed SKB; the date may change). Empty when all are covered and official.',
  items: {
    type: "object",
    required: ["code", "year", "message"],
    properties: {
      code: { type: "string", enum: ["HOLIDAYS_MISSING", "HOLIDAYS_PROVISIONAL"] },
      year: { type: "integer" },
      message: { type: "string", description: "Bahasa Indonesia" },
    },
  },
};

/** The request body of an import: the file as uploaded, CSV or .xlsx (issue 17). */
export const importFileBody = {
  required: true,
  content: {
    "text/csv": { schema: { type: "string" } },
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
      schema: { type: "string", format: "binary" },
    },
  },
};
