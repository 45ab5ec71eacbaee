import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { CAPABILITIES } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

const ANY_CAPABILITY = Object.keys(CAPABILITIES) as (keyof typeof CAPABILITIES)[];

export const GET = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, ANY_CAPABILITY);
  return { actor: actor.label, role: actor.role, roles: ROLES };
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
