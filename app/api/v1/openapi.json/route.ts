import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { openApiDocumentApi } from "@/lib/api/operations/core";
import { getEnv } from "@/lib/env";

export const GET = apiHandler(openApiDocumentApi, async () => buildOpenApiDocument(getEnv().LENTERA_PUBLIC_URL));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
