import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { importResponsesApi } from "@/lib/api/operations/skm";
import { importResponsesCsv } from "@/lib/skm/response-import";

export const dynamic = "force-dynamic";

/** POST /api/v1/responses/import — survey responses from a CSV or .xlsx file (ADMIN), all or nothing. */
export const POST = apiHandler(importResponsesApi, async ({ actor, body, reply }) =>
  reply(201, await importResponsesCsv(await body(), actor, new Date())),
);

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
