/** Query schemas of the applications API, shared by the route handlers and the OpenAPI document. */
import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { IMPORT_MODES } from "./import-modes";

const ZDay = (name: string) => z.string().refine(isIsoDate, { error: `${name} harus tanggal YYYY-MM-DD.` });

export const ZProcessingSummaryQuery = z
  .object({
    from: ZDay("from").describe("First WIB day (YYYY-MM-DD) of the completion range"),
    to: ZDay("to").describe("Last WIB day (YYYY-MM-DD) of the completion range, inclusive"),
    licenseType: z.string().trim().min(1).optional().describe("Licence type code, e.g. PBG"),
  })
  .refine((q) => q.from <= q.to, { path: ["to"], error: "to tidak boleh sebelum from." });

export const ZImportQuery = z.object({
  mode: z.enum(IMPORT_MODES).default("all-or-nothing").describe("all-or-nothing (default) or valid-only"),
  mapping: z
    .string()
    .optional()
    .describe('JSON object mapping file headers to canonical columns, e.g. {"No Reg":"registrationNo"}')
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        const value: unknown = JSON.parse(text);
        if (
          value &&
          typeof value === "object" &&
          !Array.isArray(value) &&
          Object.values(value).every((v) => typeof v === "string")
        ) {
          return value as Record<string, string>;
        }
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: 'mapping harus objek JSON {"kolom berkas": "kolom kanonik"}.' });
      return z.NEVER;
    }),
});
