/** Input schemas of the OSS project import API, shared by the route handlers and the OpenAPI document. */
import { z } from "zod";
import { IMPORT_MODES } from "../applications/import-modes";

export const ZOssImportQuery = z.object({
  mode: z.enum(IMPORT_MODES).default("all-or-nothing").describe("all-or-nothing (default) or valid-only"),
  dryRun: z
    .enum(["0", "1", "true", "false"], { error: "dryRun harus 1 atau 0." })
    .optional()
    .transform((value) => value === "1" || value === "true")
    .describe("1 = preview: check and classify every row, store nothing"),
  fileName: z.string().trim().max(200).optional().describe("The file's name, kept in the import history"),
});
export type TOssImportQuery = z.infer<typeof ZOssImportQuery>;
