import { apiRoute, readMultipartBody, methodNotAllowed } from "@/lib/api/http";
import { requireApiCapability } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_BODY_MAX_BYTES, attachmentTooLarge } from "@/lib/follow-up/attachments";
import { addFollowUpAttachment } from "@/lib/follow-up/store";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Adds an evidence file (multipart field `file`, optional `isPublic=true`) to an action its caller may work on. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const actor = await requireApiCapability(request, "updateOwnFollowUpActions");
  const { id } = await params;
  const form = await readMultipartBody(request, { maxBytes: ATTACHMENT_BODY_MAX_BYTES, tooLarge: attachmentTooLarge });
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new AppError("VALIDATION", "Kirim berkas pada kolom file.", { fields: { file: "Berkas wajib dikirim." } });
  }
  const attachment = await addFollowUpAttachment(
    id,
    { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    { isPublic: form.get("isPublic") === "true" },
    actor,
  );
  return Response.json({ attachment }, { status: 201 });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
