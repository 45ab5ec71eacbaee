import { apiRoute, readImportFileBody, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { importResponsesCsv } from "@/lib/skm/response-import";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "importData");
  const file = await readImportFileBody(request, { maxBytes: 20 * 1024 * 1024 });
  const result = await importResponsesCsv(file, actor, new Date());
  return Response.json(result, { status: 201 });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
