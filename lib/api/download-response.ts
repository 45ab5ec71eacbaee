/** A file download (xlsx, pdf): attachment with its file name, private, never cached, never sniffed as another type. */
export function downloadResponse(bytes: Uint8Array, mediaType: string, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mediaType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const PDF_MEDIA_TYPE = "application/pdf";
