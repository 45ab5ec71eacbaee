/**
 * The HTTP response of an evidence file. Photos open in the browser; PDFs are downloaded (a PDF can carry scripts,
 * so it is opened by the reader's own viewer, not inline on Lentera's origin). The type is the one detected from the
 * content when the file was stored, never the uploader's claim. Pure.
 */
export function attachmentResponse(
  file: { fileName: string; mediaType: string; content: Uint8Array },
  isPublic: boolean,
) {
  const disposition = file.mediaType.startsWith("image/") ? "inline" : "attachment";
  // safeFileName (attachments.ts) keeps names free of quotes and control characters; non-ASCII goes in filename*.
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_");
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `${disposition}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": isPublic ? "public, max-age=3600" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
