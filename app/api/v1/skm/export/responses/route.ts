import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { skmResponsesCsvApi } from "@/lib/api/operations/skm";
import { recordAudit } from "@/lib/audit/store";
import { resolveSkmFilter } from "@/lib/skm/summary-queries";
import { streamAnonymisedResponsesCsv } from "@/lib/skm/response-export-queries";

export const dynamic = "force-dynamic";

/** Anonymised raw responses as streamed CSV (PLANNER, ADMIN). */
export const GET = apiHandler(skmResponsesCsvApi, async ({ actor, query }) => {
  const filter = await resolveSkmFilter(query);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.skm.responses", detail: { ...query } });
  return new Response(streamAnonymisedResponsesCsv(filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skm-respons-${query.from}-${query.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
