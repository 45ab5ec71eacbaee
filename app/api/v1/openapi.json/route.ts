import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiDocumentApi } from "@/lib/api/operations/core";
import { getPublicOrigin } from "@/lib/site/public-url";

export const GET = apiHandler(openApiDocumentApi, async () => buildOpenApiDocument(await getPublicOrigin()));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
