import { apiRoute, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getFollowUpAttachmentContent } from "@/lib/follow-up/queries";
import { attachmentResponse } from "@/lib/follow-up/download";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; attachmentId: string }> };

/** An evidence file, for staff (any file of the action, public or not). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await requireApiCapability(request, "viewFollowUpActions");
  const { id, attachmentId } = await params;
  const file = await getFollowUpAttachmentContent(attachmentId, { publicOnly: false, actionId: id });
  if (!file) throw new AppError("NOT_FOUND", "Lampiran tidak ditemukan.");
  return attachmentResponse(file, false);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
