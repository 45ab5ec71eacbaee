import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { getFollowUpAttachmentApi } from "@/lib/api/operations/follow-up";
import { AppError } from "@/lib/errors";
import { getFollowUpAttachmentContent } from "@/lib/follow-up/queries";
import { attachmentResponse } from "@/lib/follow-up/download";

export const dynamic = "force-dynamic";

/** An evidence file, for staff (any file of the action, public or not). */
export const GET = apiHandler(getFollowUpAttachmentApi, async ({ params }) => {
  const file = await getFollowUpAttachmentContent(params.attachmentId, { publicOnly: false, actionId: params.id });
  if (!file) throw new AppError("NOT_FOUND", "Lampiran tidak ditemukan.");
  return attachmentResponse(file, false);
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
