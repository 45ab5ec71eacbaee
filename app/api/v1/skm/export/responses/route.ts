import { apiRoute, readQuery, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/audit";
import { resolveSkmFilter } from "@/lib/skm/summary-query";
import { ZSkmSummaryQuery } from "@/lib/skm/summary";
import { streamAnonymisedResponsesCsv } from "@/lib/skm/response-export";

export const dynamic = "force-dynamic";

/** Anonymised raw responses as streamed CSV (PLANNER, ADMIN). */
export const GET = apiRoute(async (request: Request) => {
  const actor = await requireApiCapability(request, "exportData");
  const query = readQuery(request, ZSkmSummaryQuery);
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
