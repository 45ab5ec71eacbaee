import { apiRoute, methodNotAllowed, readQuery, readTextBody } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { importAttendanceLog } from "@/lib/attendance/import-store";
import { ZAttendanceImportQuery } from "@/lib/attendance/schemas";

export const dynamic = "force-dynamic";

/** POST /api/v1/attendance/import?format=tab|csv — one check-clock log file as the body (ADMIN). */
export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "manageAttendance");
  const query = readQuery(request, ZAttendanceImportQuery);
  const text = await readTextBody(request, {
    types: ["text/plain", "text/tab-separated-values", "text/csv"],
    maxBytes: 20 * 1024 * 1024,
  });
  const result = await importAttendanceLog({ ...query, text, actor, now: new Date() });
  return Response.json(result, { status: 201 });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
