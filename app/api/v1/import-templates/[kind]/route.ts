import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { IMPORT_TEMPLATES, IMPORT_TEMPLATE_KINDS, isImportTemplateKind } from "@/lib/imports/template-kinds";
import { buildTemplateFile } from "@/lib/imports/templates";
import { XLSX_CONTENT_TYPE } from "@/lib/spreadsheet/template";

export const dynamic = "force-dynamic";

/** GET /api/v1/import-templates/{kind}: the .xlsx template of one import (whoever may run that import). */
export const GET = apiRoute(async (request, context: { params: Promise<{ kind: string }> }) => {
  const { kind } = await context.params;
  if (!isImportTemplateKind(kind))
    throw new AppError("NOT_FOUND", `Template tidak dikenal; pilih ${IMPORT_TEMPLATE_KINDS.join(", ")}.`);
  await requireApiCapability(request, IMPORT_TEMPLATES[kind].capability);
  const { fileName, bytes } = await buildTemplateFile(kind);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
