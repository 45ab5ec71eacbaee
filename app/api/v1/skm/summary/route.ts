import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { skmSummaryApi } from "@/lib/api/operations/skm";
import { getSkmSummary } from "@/lib/skm/summary-queries";

export const dynamic = "force-dynamic";

/** IKM summary for a date range (LEADERSHIP, PLANNER, ADMIN or an API token with one of those roles). */
export const GET = apiHandler(skmSummaryApi, async ({ query }) => getSkmSummary(query));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
