import { buildOpenApiDocument } from "@/lib/api/openapi";
import { getEnv } from "@/lib/env";

export async function GET() {
  return Response.json(buildOpenApiDocument(getEnv().LENTERA_PUBLIC_URL));
}
