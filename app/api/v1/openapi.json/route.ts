import { methodNotAllowed } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getPublicOrigin } from "@/lib/site/public-url";

export async function GET() {
  return Response.json(buildOpenApiDocument(await getPublicOrigin()));
}

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
