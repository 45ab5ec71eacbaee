/** The HTTP response of an evidence file download. Pure. */
export function attachmentResponse(
  file: { fileName: string; mediaType: string; content: Uint8Array },
  isPublic: boolean,
) {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      // Photos and PDFs open in the browser; the name is ASCII-safe (lib/follow-up/attachments.ts safeFileName).
      "Content-Disposition": `inline; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": isPublic ? "public, max-age=3600" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
