import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importTemplateApi } from "@/lib/api/operations/imports";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { IMPORT_TEMPLATES, IMPORT_TEMPLATE_KINDS, isImportTemplateKind } from "@/lib/imports/template-kinds";
import { buildTemplateFile } from "@/lib/imports/templates";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/template";

export const dynamic = "force-dynamic";

/** GET /api/v1/import-templates/{kind}: the .xlsx template of one import (whoever may run that import). */
export const GET = apiHandler(importTemplateApi, async ({ actor, params }) => {
  const { kind } = params;
  if (!isImportTemplateKind(kind))
    throw new AppError("NOT_FOUND", `Template tidak dikenal; pilih ${IMPORT_TEMPLATE_KINDS.join(", ")}.`);
  if (!can(actor.role, IMPORT_TEMPLATES[kind].capability))
    throw new AppError("FORBIDDEN", "Peran ini tidak diizinkan mengakses sumber daya ini.");
  const { fileName, bytes } = await buildTemplateFile(kind);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
