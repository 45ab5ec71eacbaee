import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { addFollowUpAttachmentApi } from "@/lib/api/operations/follow-up";
import { addFollowUpAttachment } from "@/lib/follow-up/store";

export const dynamic = "force-dynamic";

/** Adds an evidence file (multipart field `file`, optional `isPublic=true`) to an action its caller may work on. */
export const POST = apiHandler(addFollowUpAttachmentApi, async ({ actor, params, body, reply }) => {
  const { fields, files } = await body();
  const attachment = await addFollowUpAttachment(
    params.id,
    files.file,
    { isPublic: fields.isPublic === "true" },
    actor,
  );
  return reply(201, { attachment: { ...attachment, createdAt: attachment.createdAt.toISOString() } });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
