import type { z } from "zod";
import { validationError } from "../errors";

/** Validates input at a lib boundary (form object, import row): a 422 AppError naming each field on failure. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, message?: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw validationError(parsed.error.issues, message);
  return parsed.data;
}
