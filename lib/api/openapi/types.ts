import { z } from "zod";

/** An OpenAPI 3.1 path item fragment; schemas come from the same zod schemas the handlers use. */
export type PathItems = Record<string, Record<string, unknown>>;

export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [String(s), { description: ERROR_DESCRIPTIONS[s] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
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
