import { apiRoute, readQuery, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { listFollowUpActions } from "@/lib/follow-up/queries";
import { ZFollowUpListQuery } from "@/lib/follow-up/schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  await requireApiCapability(request, "viewFollowUpActions");
  const query = readQuery(request, ZFollowUpListQuery);
  const actions = await listFollowUpActions({ periodKey: query.period, status: query.status });
  return { actions };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
