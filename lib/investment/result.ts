/**
 * A small success-or-failure value for pure investment helpers. Validation of imported rows is expected to fail
 * often, so these functions return the failure instead of throwing; callers at an entry point turn `error.message` into
 * `new AppError("VALIDATION", ...)` (lib/errors.ts).
 */
export type Result<TValue, TErrorCode extends string> =
  { ok: true; value: TValue } | { ok: false; error: { code: TErrorCode; message: string } };

/** Wraps a value as a success. */
export function ok<TValue>(value: TValue): { ok: true; value: TValue } {
  return { ok: true, value };
}

/** Wraps an error code and an Indonesian, user-facing message as a failure. */
export function fail<TErrorCode extends string>(
  code: TErrorCode,
  message: string,
): { ok: false; error: { code: TErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}
