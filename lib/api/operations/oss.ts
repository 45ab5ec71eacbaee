/** OSS-RBA "Data Proyek" imports (issue 17): import or preview a file, the import history, undo. */
import { z } from "zod";
import { IMPORT_MODES } from "../../applications/import-modes";
import { BUSINESS_SCALES } from "../../investment/derive";
import { OSS_COLUMNS } from "../../oss/columns";
import { LINK_BASES } from "../../oss/link";
import { ZOssImportQuery } from "../../oss/schemas";
import { defineOperation } from "../contract";
import { ZRowError, importFileBody, rejectedImportError } from "./imports";
import { ZRupiahString, oneOf } from "./shared";

const ZOssImportResult = z.object({
  dryRun: z.boolean(),
  committed: z.boolean().describe("false for a preview, or when errors stopped an all-or-nothing file"),
  importId: z.string().nullable().describe("The recorded import (for undo); null when nothing was stored"),
  mode: z.enum(IMPORT_MODES),
  format: z.enum(["xlsx", "csv"]),
  sheetName: z.string().nullable(),
  headerLine: z.number().int(),
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  linked: z.number().int().describe("Valid rows linked to a Lentera application (their figures replace it)"),
  ambiguous: z.number().int().describe("Unlinked rows whose NIB has several free applications"),
  totalInvestment: ZRupiahString.describe("Sum of jumlah_investasi of the valid rows, integer rupiah"),
  missingHeaders: z.array(z.string()).describe("Expected OSS headers the file lacks"),
  missingHeaderMessages: z.array(z.string()).describe('One sentence each: "kolom bangunan_gedung tidak ada"'),
  ignoredHeaders: z.array(z.string()),
  errors: z.array(ZRowError).describe("The first 500"),
  errorCount: z.number().int(),
  warnings: z.array(ZRowError).describe("The first 500"),
  warningCount: z.number().int(),
  scaleDifferences: z
    .array(
      z.object({
        line: z.number().int(),
        idProyek: z.string(),
        companyName: z.string(),
        ossScale: z.string().describe("uraian_skala_usaha as OSS wrote it"),
        derivedScale: z.enum(BUSINESS_SCALES),
        basis: z.string(),
      }),
    )
    .describe("Rows whose derived scale differs from OSS's (the first 500)"),
  scaleDifferenceCount: z.number().int(),
  plannedRows: z
    .array(
      z.object({
        line: z.number().int(),
        idProyek: z.string(),
        nib: z.string(),
        companyName: z.string(),
        action: z.enum(["create", "update", "unchanged"]),
        investmentValue: ZRupiahString,
        link: z
          .object({
            applicationId: z.string(),
            registrationNo: z.string().nullable(),
            basis: z.enum(LINK_BASES),
          })
          .nullable(),
        ambiguousCandidates: z
          .number()
          .int()
          .describe("Unlinked although the NIB has this many free applications (add nomor_registrasi)"),
      }),
    )
    .describe("What the import does to each row (the first 500)"),
});

export const importOssProjectsApi = defineOperation({
  method: "POST",
  path: "/api/v1/oss/projects/import",
  tags: ["investment"],
  summary: 'Import (or preview) an OSS-RBA "Data Proyek" download, .xlsx or CSV (ADMIN, PLANNER)',
  description: `The file as downloaded from OSS: first sheet, header row found below title rows, columns mapped by OSS header name (${OSS_COLUMNS.map((c) => c.key).join(", ")}; the last three are optional Lentera columns), extra columns ignored. Required: id_proyek, nib, nama_perusahaan, tanggal_terbit_oss, uraian_status_penanaman_modal, kbli, jumlah_investasi (422 naming a missing one); every other expected header missing is listed in result.missingHeaders ("kolom bangunan_gedung tidak ada"). Projects are upserted by id_proyek; each is linked to a Lentera application by nomor_registrasi, an earlier link, or its NIB (+ KBLI), and then counts instead of that application in the investment figures (trend, breakdowns, LKPM plan), on its tanggal_terbit_oss day. Amounts convert with kurs when mata_uang is not IDR. The scale is derived without land and buildings (a PMA is besar) and compared with uraian_skala_usaha (result.scaleDifferences). dryRun=1 previews: created / updated / unchanged rows and their links (result.plannedRows, first 500), missing headers, errors by line and column, nothing stored. All or nothing unless mode=valid-only; audited; undo with POST /api/v1/oss/imports/{id}/undo. Template: GET /api/v1/import-templates/oss-projects.`,
  access: { capability: "importOssProjects" },
  query: ZOssImportQuery,
  body: [importFileBody(128 * 1024 * 1024, "The OSS download.")],
  responses: {
    200: { description: "Stored, or previewed (dryRun=1)", json: z.object({ result: ZOssImportResult }) },
  },
  errors: {
    422: rejectedImportError(
      ZOssImportResult,
      "Invalid query, a required header missing, or invalid rows in an all-or-nothing file",
    ),
  },
});

export const listOssImportsApi = defineOperation({
  method: "GET",
  path: "/api/v1/oss/imports",
  tags: ["investment"],
  summary: "The latest 50 OSS project imports, newest first (ADMIN, PLANNER)",
  access: { capability: "importOssProjects" },
  responses: {
    200: {
      description: "The imports with their counts and undo state",
      json: z.object({
        imports: z.array(
          z.object({
            id: z.string(),
            fileName: z.string().nullable(),
            format: oneOf(["xlsx", "csv"]),
            rowCount: z.number().int(),
            created: z.number().int(),
            updated: z.number().int(),
            unchanged: z.number().int(),
            linked: z.number().int(),
            missingHeaders: z.array(z.string()),
            importedAt: z.iso.datetime(),
            importedById: z.string().nullable(),
            importedBy: z.string(),
            undoneAt: z.iso.datetime().nullable(),
            undoneById: z.string().nullable(),
            undoneBy: z.string().nullable(),
          }),
        ),
      }),
    },
  },
});

export const undoOssImportApi = defineOperation({
  method: "POST",
  path: "/api/v1/oss/imports/{id}/undo",
  tags: ["investment"],
  summary: "Undo an OSS project import: created projects removed, updated ones restored (ADMIN, PLANNER)",
  description:
    "Only the latest standing import can be undone (409 naming the later one otherwise); the investment figures of every day involved are recounted in the same transaction; audited.",
  access: { capability: "importOssProjects" },
  params: z.object({ id: z.string() }),
  responses: {
    200: {
      description: "What the undo changed",
      json: z.object({
        undone: z.object({
          removed: z.number().int().describe("Projects the import had created"),
          restored: z.number().int().describe("Projects the import had updated, back as they were"),
        }),
      }),
    },
  },
  errors: { 404: "No OSS import with this id", 409: "Already undone, or a later import still stands" },
});
