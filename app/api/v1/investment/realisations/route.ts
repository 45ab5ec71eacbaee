import { apiRoute, readJsonBody, readImportFileBody, methodNotAllowed, IMPORT_FILE_TYPES } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { importRealisationsCsv, RealisationImportError, saveRealisation } from "@/lib/investment/realisation-store";
import { z } from "zod";

export const dynamic = "force-dynamic";

const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * POST /api/v1/investment/realisations — one LKPM report as JSON (201 created, 200 when it replaced the earlier
 * report of the same project and period), or a whole CSV or .xlsx file (Content-Type text/csv or the .xlsx type,
 * all or nothing: 422 with `rowErrors` and nothing stored). PLANNER or ADMIN (session or token).
 */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "reportInvestmentRealisation");
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (contentType !== "application/json" && (IMPORT_FILE_TYPES as readonly string[]).includes(contentType)) {
    const file = await readImportFileBody(request, { maxBytes: MAX_FILE_BYTES });
    try {
      return { result: await importRealisationsCsv(file, { actor }) };
    } catch (error) {
      if (!(error instanceof RealisationImportError)) throw error;
      return Response.json(
        {
          error: { code: error.code, message: error.message, fields: error.fields },
          rowErrors: error.rowErrors,
          errorCount: error.errorCount,
        },
        { status: 422 },
      );
    }
  }
  const body = await readJsonBody(request, z.unknown());
  const saved = await saveRealisation(body, { actor, source: "api" });
  return Response.json(
    { realisation: { ...saved, realisedInvestment: saved.realisedInvestment.toString() } },
    { status: saved.replaced ? 200 : 201, headers: { "Cache-Control": "no-store" } },
  );
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
