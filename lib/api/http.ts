import "server-only";
import { AppError, httpStatusOf, isAppError } from "../errors";
import { getEnv } from "../env";
import { createNonce, securityHeaders } from "../security/headers";
import type { TApiError } from "./contract";

/** The API's error body: { "error": { "code", "message", "fields" } } (ZApiError in lib/api/contract.ts). */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    const body: TApiError = {
      error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
    };
    return Response.json(body, { status: httpStatusOf(error.code), headers });
  }
  console.error("unexpected API error", error);
  const body: TApiError = { error: { code: "INTERNAL", message: "Terjadi kesalahan pada server. Silakan coba lagi." } };
  return Response.json(body, { status: 500 });
}

/** "256 KB", "1 MB", "64 MB": a body limit as a reader expects it (never "0 MB"). */
export function formatByteLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The request's Content-Type without parameters, lower-cased ("" when absent). */
export function contentTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Reads a body as bytes with a size limit, rejecting a Content-Type not in `types` (415) and a body over `maxBytes`
 * (declared or streamed: reading stops as soon as the limit is passed) with `tooLarge` (default 413 "Isi permintaan
 * melebihi …").
 */
export async function readBodyBytes(
  request: Request,
  options: { types: readonly string[]; maxBytes: number; tooLarge?: () => AppError },
): Promise<Uint8Array> {
  if (!options.types.includes(contentTypeOf(request))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Content-Type harus ${options.types.join(" atau ")}.`);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge =
    options.tooLarge ??
    (() => new AppError("PAYLOAD_TOO_LARGE", `Isi permintaan melebihi ${formatByteLimit(options.maxBytes)}.`));
  if (declared > options.maxBytes) throw tooLarge();
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The 422 of an all-or-nothing import that stored nothing: the error shape with the first 50 row errors as fields
 * ("baris N / kolom") and the whole import result beside it (documented by `rejectedImportError` in
 * lib/api/operations/imports.ts).
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

/**
 * The security headers proxy.ts sets on every response, for a route the proxy skips (the survey submission API, whose
 * throughput the proxy's per-request cost would halve: issue 15). The cross-site guard runs in apiHandler. The
 * wrapper keeps the handler's own properties (the operation contract apiHandler attaches).
 */
export function withSecurityHeaders<H extends (...args: never[]) => Promise<Response>>(handler: H): H {
  const wrapped = async (...args: Parameters<H>): Promise<Response> => {
    const response = await handler(...args);
    const env = getEnv();
    const headers = securityHeaders({
      nonce: createNonce(),
      isHttps: env.LENTERA_PUBLIC_URL?.startsWith("https:") ?? false,
      isDevelopment: env.NODE_ENV === "development",
    });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };
  return Object.assign(wrapped, handler) as unknown as H;
}
