import { getFollowUpAttachmentContent } from "@/lib/follow-up/queries";
import { attachmentResponse } from "@/lib/follow-up/download";

export const dynamic = "force-dynamic";

/** An evidence file that its owner marked public (linked from published SKM reports); anything else is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  const file = await getFollowUpAttachmentContent(attachmentId, { publicOnly: true });
  if (!file)
    return new Response("Tidak ditemukan / Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return attachmentResponse(file, true);
}
