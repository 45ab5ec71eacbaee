import { apiRoute, readJsonBody, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { createInvitation } from "@/lib/skm/invitations";
import { ZInvitationCreate } from "@/lib/skm/submission";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const actor = await requireApiCapability(request, "createInvitations");
  const body = await readJsonBody(request, ZInvitationCreate);
  const invitation = await createInvitation(body, actor, new Date());
  return Response.json(
    {
      id: invitation.id,
      token: invitation.token,
      link: invitation.link,
      expiresAt: invitation.expiresAt.toISOString(),
      qrSvg: invitation.qrSvg,
    },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
