import "server-only";
import type { z } from "zod";
import { AppError, httpStatusOf, isAppError, type FieldErrors } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { crossSiteRefusal } from "../security/request-guard";
import { getEnv } from "../env";

/** The API's error body: { "error": { "code", "message", "fields" } }. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json(
      { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
      { status: httpStatusOf(error.code), headers },
    );
  }
  console.error("unexpected API error", error);
  return Response.json(
    { error: { code: "INTERNAL", message: "Terjadi kesalahan pada server. Silakan coba lagi." } },
    { status: 500 },
  );
}

type Handler<C> = (request: Request, context: C) => Promise<Response | unknown>;

/**
 * Wraps a route handler: plain values become JSON, AppErrors become the error shape, nothing leaks a stack trace.
 * Cross-site state-changing requests are refused here too (403/415, lib/security/request-guard.ts), so a route is
 * guarded even where proxy.ts does not run (tests, a custom server).
 */
export function apiRoute<C = unknown>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const refusal = crossSiteRefusal(request, getEnv().LENTERA_PUBLIC_URL);
      if (refusal) throw refusal;
      const result = await handler(request, context);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** "256 KB", "1 MB", "64 MB": a body limit as a reader expects it (never "0 MB"). */
export function formatByteLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Reads a body as text with a size limit, rejecting the wrong content type (415) and oversized bodies (413). */
export async function readTextBody(
  request: Request,
  options: { types: readonly string[]; maxBytes: number },
): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBodyBytes(request, options));
}

/** Content types of an import file: CSV (as browsers and scripts label it) or .xlsx. */
export const IMPORT_FILE_TYPES = [
  "text/csv",
  "text/plain",
  "application/csv",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/octet-stream",
] as const;

/**
 * Reads an import file (CSV or .xlsx) as bytes: 415 for another content type, 413 above `maxBytes`. The spreadsheet
 * reader tells CSV from .xlsx by the content itself, so a mislabelled file still reads.
 */
export async function readImportFileBody(request: Request, options: { maxBytes: number }): Promise<Uint8Array> {
  return readBodyBytes(request, { types: IMPORT_FILE_TYPES, maxBytes: options.maxBytes });
}

async function readBodyBytes(
  request: Request,
  options: { types: readonly string[]; maxBytes: number },
): Promise<Uint8Array> {
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!options.types.includes(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Content-Type harus ${options.types.join(" atau ")}.`);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  const limit = formatByteLimit(options.maxBytes);
  if (declared > options.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", `Isi permintaan melebihi ${limit}.`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > options.maxBytes) {
      await reader.cancel();
      throw new AppError("PAYLOAD_TOO_LARGE", `Isi permintaan melebihi ${limit}.`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The 422 of an all-or-nothing import that stored nothing: the error shape with the first 50 row errors as fields
 * ("baris N / kolom") and the whole import result beside it.
 */
export function rejectedImportResponse<
  R extends { invalidRows: number; errors: { line: number; column: string; message: string }[] },
>(result: R): Response {
  const fields: Record<string, string> = {};
  for (const error of result.errors.slice(0, 50)) fields[`baris ${error.line} / ${error.column}`] ??= error.message;
  return Response.json(
    {
      error: {
        code: "VALIDATION",
        message: `${result.invalidRows} baris tidak valid; tidak ada data yang disimpan.`,
        fields,
      },
      result,
    },
    { status: 422 },
  );
}

/** Reads and validates a JSON body: 415 wrong type, 413 over 1 MB, 400 malformed JSON, 422 invalid fields. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const text = await readTextBody(request, { types: ["application/json"], maxBytes: JSON_BODY_LIMIT_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Isi permintaan bukan JSON yang valid.");
  }
  return parseOrThrow(schema, data);
}

/** Validates query parameters; errors name the parameter (422). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return parseOrThrow(schema, params, "Parameter tidak valid.");
}

export function fieldsError(fields: FieldErrors, message = "Data tidak valid."): AppError {
  return new AppError("VALIDATION", message, { fields });
}

/**
 * A handler for a method the route does not have: 405 in the API's error shape with an Allow header (Next's own
 * 405 has an empty body). Each route file exports it for the methods it lacks.
 */
export function methodNotAllowed(allowed: readonly string[]) {
  return async (): Promise<Response> => {
    const response = errorResponse(
      new AppError("METHOD_NOT_ALLOWED", `Metode tidak didukung di sini; gunakan ${allowed.join(", ")}.`),
    );
    response.headers.set("Allow", [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", "));
    return response;
  };
}
