import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { listFollowUpActionsApi } from "@/lib/api/operations/follow-up";
import { listFollowUpActions } from "@/lib/follow-up/queries";

export const dynamic = "force-dynamic";

/** The SKM follow-up actions, by period and status (every staff role and their API tokens). */
export const GET = apiHandler(listFollowUpActionsApi, async ({ query }) => ({
  actions: await listFollowUpActions({ periodKey: query.period, status: query.status }),
}));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
