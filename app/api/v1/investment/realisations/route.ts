import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { submitRealisationsApi } from "@/lib/api/operations/investment";
import {
  importRealisationsCsv,
  RealisationImportError,
  saveValidRealisation,
} from "@/lib/investment/realisation-store";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/investment/realisations — one LKPM report as JSON (201 created, 200 when it replaced the earlier
 * report of the same project and period), or a whole CSV or .xlsx file (all or nothing: 422 with `rowErrors` and
 * nothing stored). PLANNER or ADMIN (session or token).
 */
export const POST = apiHandler(submitRealisationsApi, async ({ actor, body, reply }) => {
  const input = await body();
  if (input.kind === "bytes") {
    try {
      return { result: await importRealisationsCsv(input.value, { actor }) };
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
  const saved = await saveValidRealisation(input.value, { actor, source: "api" });
  const answer = { realisation: { ...saved, realisedInvestment: saved.realisedInvestment.toString() } };
  return saved.replaced ? reply(200, answer) : reply(201, answer);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
