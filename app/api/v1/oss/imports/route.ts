import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { listOssImports } from "@/lib/oss/store";

export const dynamic = "force-dynamic";

/** GET /api/v1/oss/imports: the latest OSS project imports (newest first), with counts and undo state. */
export const GET = apiRoute(async (request) => {
  await requireApiCapability(request, "importOssProjects");
  return { imports: await listOssImports(50) };
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
