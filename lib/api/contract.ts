/**
 * API operation contracts: one `defineOperation` per method and path of /api/v1. A contract names who may call the
 * operation, the zod schemas of its path parameters, query and body, and what it answers per status. The route
 * handler is built from it (lib/api/handler.ts: it authorizes, validates with these schemas and checks responses
 * against them outside production) and the OpenAPI document is generated from it (lib/api/openapi.ts), so the
 * documented schema is the validating one. Contracts live in lib/api/operations/<area>.ts. Pure: zod only.
 */
import { z } from "zod";
import { CAPABILITIES, ROLES, type Capability, type Role } from "../auth/roles";
import { ERROR_STATUS, type ErrorCode } from "../errors";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** JSON bodies are read up to 1 MB unless a contract says otherwise. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** The API's error body, `{ "error": { "code", "message", "fields" } }` (lib/api/http.ts writes it). */
export const ZApiError = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES).meta({ examples: ["VALIDATION"] }),
    message: z.string().describe("What went wrong, in Bahasa Indonesia"),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Per field (or "baris N / kolom" for a file row): why it was refused'),
  }),
});
export type TApiError = z.input<typeof ZApiError>;

// ---------------------------------------------------------------------------------------------------------------
// Request bodies. A body is chosen by its Content-Type; any other type is refused (415) naming the accepted ones.

type BodyBase = {
  /** Accepted Content-Types (without parameters); each is listed in the document. */
  mediaTypes: readonly [string, ...string[]];
  maxBytes: number;
  description?: string;
};
/** A JSON body validated with `schema` before the handler sees it (400 malformed JSON, 422 naming each field). */
export type JsonBody<S extends z.ZodType = z.ZodType> = BodyBase & {
  kind: "json";
  schema: S;
  /** The 422 message (the fields name what is wrong); default "Data tidak valid. Periksa kolom yang ditandai." */
  invalidMessage?: string;
};
/**
 * A JSON body whose shape is `schema` but that the domain validates itself, because the order of its checks is part
 * of the behaviour (e.g. who may use a survey channel is answered before what is wrong with the body). The handler
 * gets the parsed JSON (unknown) and hands it to `parsedBy`. Kept to a minimum: a test lists them.
 */
export type DomainJsonBody<S extends z.ZodType = z.ZodType> = BodyBase & { kind: "json"; schema: S; parsedBy: string };
/** An application/x-www-form-urlencoded body validated with `schema` (the fields as strings). */
export type FormBody<S extends z.ZodType = z.ZodType> = BodyBase & { kind: "form"; schema: S; invalidMessage?: string };
/** A text body (CSV) handed over as a string; the importer validates each row and names line and column. */
export type TextBody = BodyBase & { kind: "text" };
/** A binary body (a file) handed over as bytes. */
export type BytesBody = BodyBase & { kind: "bytes" };
/**
 * A multipart/form-data upload: the file fields named in `files` (each required, 422 naming it when missing or not a
 * file) handed over as `{ name, bytes }`, the other fields validated with `schema` like a form body. The file's content
 * is the domain's to check (type, size). `tooLarge`: a body over the limit is answered 422 naming that field (the
 * uploader's mistake, said where the file is chosen) instead of 413.
 */
export type MultipartBody<S extends z.ZodType = z.ZodType, F extends string = string> = BodyBase & {
  kind: "multipart";
  schema: S;
  files: Readonly<Record<F, string>>;
  invalidMessage?: string;
  tooLarge?: { field: F; message: string };
};
export type BodySpec = JsonBody | DomainJsonBody | FormBody | TextBody | BytesBody | MultipartBody;

type BodyOptions = { maxBytes?: number; description?: string };

export function jsonBody<S extends z.ZodType>(
  schema: S,
  options: BodyOptions & { invalidMessage?: string } = {},
): JsonBody<S> {
  return { kind: "json", mediaTypes: ["application/json"], schema, maxBytes: JSON_BODY_LIMIT_BYTES, ...options };
}

export function domainJsonBody<S extends z.ZodType>(
  schema: S,
  parsedBy: string,
  options: BodyOptions = {},
): DomainJsonBody<S> {
  return {
    kind: "json",
    mediaTypes: ["application/json"],
    schema,
    parsedBy,
    maxBytes: JSON_BODY_LIMIT_BYTES,
    ...options,
  };
}

export function formBody<S extends z.ZodType>(
  schema: S,
  options: BodyOptions & { invalidMessage?: string } = {},
): FormBody<S> {
  return {
    kind: "form",
    mediaTypes: ["application/x-www-form-urlencoded"],
    schema,
    maxBytes: JSON_BODY_LIMIT_BYTES,
    ...options,
  };
}

export function textBody(options: {
  mediaTypes: readonly [string, ...string[]];
  maxBytes: number;
  description: string;
}): TextBody {
  return { kind: "text", ...options };
}

export function bytesBody(options: {
  mediaTypes: readonly [string, ...string[]];
  maxBytes: number;
  description: string;
}): BytesBody {
  return { kind: "bytes", ...options };
}

export function multipartBody<S extends z.ZodType, const F extends string>(
  schema: S,
  options: {
    files: Readonly<Record<F, string>>;
    maxBytes: number;
    description?: string;
    invalidMessage?: string;
    tooLarge?: { field: NoInfer<F>; message: string };
  },
): MultipartBody<S, F> {
  return { kind: "multipart", mediaTypes: ["multipart/form-data"], schema, ...options };
}

// ---------------------------------------------------------------------------------------------------------------
// Responses.

/** A JSON answer; the handler's value is type-checked against `json` and, outside production, validated with it. */
export type JsonResponse<S extends z.ZodType = z.ZodType> = { description: string; json: S };
/**
 * A text or binary answer (CSV, .xlsx, an evidence file): its Content-Type is checked outside production. Several
 * media types when the path chooses the format (e.g. `{dataset}.json` or `{dataset}.csv`).
 */
export type FileResponse = {
  description: string;
  mediaType: string | readonly [string, ...string[]];
  binary?: boolean;
};
/** An answer without a body. */
export type EmptyResponse = { description: string };
export type ResponseSpec = JsonResponse | FileResponse | EmptyResponse;

/** An error status beyond the ones derived from the contract: a description, or a body richer than ZApiError. */
export type ErrorSpec = string | { description: string; json: z.ZodType };

// ---------------------------------------------------------------------------------------------------------------
// Who may call.

export type Access =
  /** A staff session or an API token whose role has one of these capabilities (lib/auth/roles.ts); else 401/403. */
  | { capability: Capability | readonly Capability[] }
  /** Anyone, no credentials. */
  | { public: true }
  /** The handler decides (a gateway secret, a kiosk key, an invitation token); `who` says how, for the document. */
  | { custom: string; security: readonly Record<string, readonly string[]>[] };

/** Annotations of a query or path parameter that its zod schema cannot say (prose, date format, an example). */
export type ParameterDoc = { description?: string; format?: "date" | "date-time"; examples?: readonly unknown[] };

export type OperationSpec = {
  method: HttpMethod;
  /** The path as in app/: `/api/v1/applications/{registrationNo}` for app/api/v1/applications/[registrationNo]. */
  path: `/api/v1/${string}`;
  tags: readonly [string, ...string[]];
  summary: string;
  description?: string;
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  parameterDocs?: Readonly<Record<string, ParameterDoc>>;
  /** Request headers the handler reads (described only; their values are checked by the domain). */
  headers?: readonly { name: string; description: string }[];
  body?: readonly [BodySpec, ...BodySpec[]];
  /** Success answers by status; a plain value returned by the handler is the 200 one. */
  responses: Readonly<Record<number, ResponseSpec>>;
  /** Error statuses beyond those the contract implies (401/403 for a capability, 422 for inputs, 413/415 for bodies). */
  errors?: Readonly<Record<number, ErrorSpec>>;
};

const DEFINED = Symbol.for("lentera.api.defined-operation");

/** Declares an operation; the literal type is kept so the handler's inputs and outputs are typed from it. */
export function defineOperation<const O extends OperationSpec>(operation: O): O {
  const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (pathParams.length > 0 && !operation.params) {
    throw new Error(`${operation.method} ${operation.path}: path parameters need a params schema`);
  }
  return Object.defineProperty(operation, DEFINED, { value: true, enumerable: false });
}

/** Whether a module export is an operation made by defineOperation (the registry collects these). */
export function isOperation(value: unknown): value is OperationSpec {
  return typeof value === "object" && value !== null && DEFINED in value;
}

// ---------------------------------------------------------------------------------------------------------------
// What a contract implies, shared by the handler (which statuses may occur) and the document.

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed request (e.g. invalid JSON)",
  401: "No or invalid credentials",
  403: "The role may not use this endpoint, or a cross-site request with a session cookie",
  404: "Not found",
  409: "Conflict with the current state",
  413: "Body larger than the limit",
  415: "Wrong Content-Type",
  422: "Invalid fields; `fields` names each one",
  429: "Too many requests; see Retry-After",
};

const STATE_CHANGING: readonly HttpMethod[] = ["POST", "PUT", "PATCH", "DELETE"];

/** Every error status the operation may answer, with its description and body schema (ZApiError unless richer). */
export function errorStatuses(op: OperationSpec): Map<number, { description: string; json: z.ZodType }> {
  const statuses = new Set<number>();
  if ("capability" in op.access) statuses.add(401).add(403);
  if (STATE_CHANGING.includes(op.method)) statuses.add(403); // the cross-site guard (lib/security/request-guard.ts)
  if (op.params || op.query || op.body) statuses.add(422);
  if (op.body) {
    statuses.add(413).add(415);
    if (op.body.some((b) => b.kind === "json" || b.kind === "form" || b.kind === "multipart")) statuses.add(400);
  }
  for (const status of Object.keys(op.errors ?? {})) statuses.add(Number(status));
  const result = new Map<number, { description: string; json: z.ZodType }>();
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const spec = op.errors?.[status];
    if (typeof spec === "object") result.set(status, spec);
    else result.set(status, { description: spec ?? ERROR_DESCRIPTIONS[status] ?? "Error", json: ZApiError });
  }
  return result;
}

/** The roles an access rule admits (for the document), or null when it is not role-based. */
export function rolesOf(access: Access): Role[] | null {
  if (!("capability" in access)) return null;
  const capabilities: readonly Capability[] =
    typeof access.capability === "string" ? [access.capability] : access.capability;
  return ROLES.filter((role) => capabilities.some((c) => (CAPABILITIES[c] as readonly Role[]).includes(role)));
}

/** The 415 message: every accepted Content-Type. */
export function acceptedMediaTypes(body: readonly BodySpec[]): string[] {
  return body.flatMap((b) => b.mediaTypes);
}
