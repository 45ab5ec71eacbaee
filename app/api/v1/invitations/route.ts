import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { createInvitationApi } from "@/lib/api/operations/skm";
import { createInvitation } from "@/lib/skm/invitation-store";

export const dynamic = "force-dynamic";

export const POST = apiHandler(createInvitationApi, async ({ actor, body, reply }) => {
  const invitation = await createInvitation(await body(), actor, new Date());
  return reply(201, {
    id: invitation.id,
    token: invitation.token,
    link: invitation.link,
    expiresAt: invitation.expiresAt.toISOString(),
    qrSvg: invitation.qrSvg,
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
