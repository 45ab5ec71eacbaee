import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { complaintSummaryApi } from "@/lib/api/operations/complaints";
import { toWibDate } from "@/lib/calendar/working-days";
import { getComplaintSummary } from "@/lib/complaints/queries";

export const dynamic = "force-dynamic";

export const GET = apiHandler(complaintSummaryApi, async ({ query }) =>
  getComplaintSummary({ from: query.from, to: query.to, today: toWibDate(new Date()) }),
);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
