/**
 * One error model for the whole application. Expected failures are AppErrors with a code from this
 * small set; every entry point maps them to HTTP with `httpStatusOf` and to the JSON shape
 * `{ "error": { "code", "message", "fields" } }`. Anything else is logged and shown generically.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** The database is held by a long write elsewhere (SQLite import): try again after Retry-After. */
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field path → message, e.g. { "answers.U3": "Jawaban harus 1–4" } or { "row 12 / licenseType": "..." }. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options?: { fields?: FieldErrors; retryAfterSeconds?: number }) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns zod issues into a field map: "answers.U3" → message. */
export function fieldErrorsFromIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export function validationError(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  message = "Data tidak valid. Periksa kolom yang ditandai.",
): AppError {
  return new AppError("VALIDATION", message, { fields: fieldErrorsFromIssues(issues) });
}
