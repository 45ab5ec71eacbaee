import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { meApi } from "@/lib/api/operations/core";
import { ROLES } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

export const GET = apiHandler(meApi, async ({ actor }) => ({
  actor: actor.label,
  role: actor.role,
  roles: [...ROLES],
}));

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
