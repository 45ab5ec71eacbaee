import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importAttendanceApi } from "@/lib/api/operations/attendance-outreach";
import { importAttendanceFile } from "@/lib/attendance/import-store";

export const dynamic = "force-dynamic";

/** POST /api/v1/attendance/import?format=tab|csv — one check-clock log file (or an .xlsx export) as the body (ADMIN). */
export const POST = apiHandler(importAttendanceApi, async ({ actor, query, body, reply }) =>
  reply(201, await importAttendanceFile({ ...query, bytes: await body(), actor, now: new Date() })),
);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
