import type { z } from "zod";
import { AppError, validationError } from "../errors";
import { LONE_SURROGATE_MESSAGE, loneSurrogatePath } from "./bounds";

/**
 * Validates parsed input (JSON body, query, form object) against its schema. Strings holding a lone UTF-16
 * surrogate ("\ud800", which JSON can carry but UTF-8 cannot store) are refused first, naming their field.
 * Pure: route handlers (lib/api/http.ts), server actions and lib alike call it.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, message?: string): z.infer<S> {
  const illFormed = loneSurrogatePath(data);
  if (illFormed)
    throw new AppError("VALIDATION", message ?? "Data tidak valid. Periksa kolom yang ditandai.", {
      fields: { [illFormed]: LONE_SURROGATE_MESSAGE },
    });
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw validationError(parsed.error.issues, message);
  return parsed.data;
}

/** In a superRefine: refuses the input with `message` on `field` (the field the user must change). */
export function fieldIssue(ctx: z.RefinementCtx, field: string, message: string): void {
  ctx.addIssue({ code: "custom", path: [field], message });
}
