/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operation contracts (lib/api/operations): every schema in
 * it is the zod schema the route handler validates with, converted by zod's own JSON Schema output. Pure.
 */
import { z } from "zod";
import { API_OPERATIONS } from "./operations";
import {
  ZApiError,
  errorStatuses,
  rolesOf,
  type BodySpec,
  type MultipartBody,
  type OperationSpec,
  type ResponseSpec,
} from "./contract";

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), as the client sends or receives it. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };
const STAFF_SECURITY = [{ bearerAuth: [] }, { sessionCookie: [] }];

const TAGS: Record<string, string> = {
  reference: "Service standards (public)",
  auth: "Credentials",
  skm: "Survei Kepuasan Masyarakat: responses, invitations, IKM",
  applications: "Permit applications and processing times (working days)",
  investment: "Investment analytics and LKPM realisation",
  complaints: "Complaints (pengaduan)",
  attendance: "Staff attendance from check-clock logs",
  outreach: "Outreach campaigns (sosialisasi) and their measured effect",
  "follow-up": "SKM follow-up actions, their evidence files, and the evaluators' evidence pack",
  imports: "Import templates (.xlsx) and file previews",
  "open-data": "Open data: the published figures as tidy datasets (anonymous)",
  kpi: "Leadership KPIs: the scorecard and the weekly review as Excel and PDF downloads",
  admin: "Administration lists: staff users, API tokens and the audit log",
  meta: "This document",
};

function parameters(op: OperationSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    const json = jsonSchemaOf(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
    if (!json.properties) throw new Error(`${op.method} ${op.path}: the ${where} schema must be an object`);
    for (const [name, property] of Object.entries(json.properties)) {
      const { description, ...propertySchema } = property;
      const doc = op.parameterDocs?.[name] ?? {};
      out.push({
        name,
        in: where,
        required: where === "path" || (json.required?.includes(name) ?? false),
        ...((doc.description ?? description) ? { description: doc.description ?? description } : {}),
        schema: {
          ...propertySchema,
          ...(doc.format ? { format: doc.format } : {}),
          ...(doc.examples ? { examples: doc.examples } : {}),
        },
      });
    }
  }
  for (const header of op.headers ?? []) {
    out.push({
      name: header.name,
      in: "header",
      required: false,
      description: header.description,
      schema: { type: "string" },
    });
  }
  return out;
}

/** The text fields' object schema with each file field added as a required binary string. */
export function multipartSchema(body: MultipartBody): JsonSchema {
  const fields = jsonSchemaOf(body.schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const files = Object.entries(body.files).map(([name, description]) => [
    name,
    { type: "string", format: "binary", description },
  ]);
  return {
    ...fields,
    type: "object",
    properties: { ...fields.properties, ...Object.fromEntries(files) },
    required: [...Object.keys(body.files), ...(fields.required ?? [])],
  };
}

function bodySchema(body: BodySpec): JsonSchema {
  const description = body.description ? { description: body.description } : {};
  if (body.kind === "text") return { type: "string", ...description };
  if (body.kind === "bytes") return { type: "string", format: "binary", ...description };
  if (body.kind === "multipart") return { ...multipartSchema(body), ...description };
  return { ...jsonSchemaOf(body.schema), ...description };
}

function successResponse(spec: ResponseSpec): JsonSchema {
  if ("json" in spec) {
    return { description: spec.description, content: { "application/json": { schema: jsonSchemaOf(spec.json) } } };
  }
  if ("mediaType" in spec) {
    const schema = spec.binary ? { type: "string", format: "binary" } : { type: "string" };
    const content = Object.fromEntries([spec.mediaType].flat().map((type) => [type, { schema }]));
    return { description: spec.description, content };
  }
  return { description: spec.description };
}

function accessText(op: OperationSpec): string {
  if ("public" in op.access) return "Public: no credentials.";
  if ("custom" in op.access) return op.access.custom;
  return `Roles: ${rolesOf(op.access)!.join(", ")} (an API token or a staff session).`;
}

/** One operation object of the document. */
export function operationObject(op: OperationSpec): JsonSchema {
  const params = parameters(op);
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(op.responses)) responses[status] = successResponse(spec);
  for (const [status, spec] of errorStatuses(op)) {
    const schema = spec.json === ZApiError ? ERROR_REF : jsonSchemaOf(spec.json);
    responses[String(status)] = { description: spec.description, content: { "application/json": { schema } } };
  }
  return {
    summary: op.summary,
    description: [accessText(op), op.description].filter(Boolean).join(" "),
    tags: [...op.tags],
    security: "public" in op.access ? [] : "custom" in op.access ? op.access.security : STAFF_SECURITY,
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              op.body.flatMap((b) => b.mediaTypes.map((type) => [type, { schema: bodySchema(b) }])),
            ),
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(serverUrl: string, operations: readonly OperationSpec[] = API_OPERATIONS) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of [...operations].sort((a, b) => a.path.localeCompare(b.path))) {
    const item = (paths[op.path] ??= {});
    const method = op.method.toLowerCase();
    if (item[method]) throw new Error(`${op.method} ${op.path} is defined twice`);
    item[method] = operationObject(op);
  }
  const usedTags = new Set(operations.flatMap((op) => op.tags));
  return {
    openapi: "3.1.0",
    info: {
      title: "Lentera API",
      version: "1.0.0",
      description:
        'JSON API of Lentera (DPMPTSP). Errors: {"error":{"code","message","fields"}} with a message in Bahasa Indonesia and, for invalid input, `fields` naming each field (or "baris N / kolom" for a file row). Authenticate with `Authorization: Bearer <token>` (tokens are issued by an administrator) or a staff session. Every schema here is the one the server validates with.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: Object.entries(TAGS)
      .filter(([name]) => usedTags.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: { Error: jsonSchemaOf(ZApiError) },
    },
  };
}
