/**
 * Evidence files of follow-up actions: which files are accepted and how a file is recognised. The type is read
 * from the first bytes of the file (its signature), never trusted from the name or the browser's Content-Type, so a
 * renamed executable is refused and a photo called "memo.pdf" is stored as the JPEG it is. Pure.
 */
import { AppError } from "../errors";

/** Largest evidence file: a phone photo or a scanned memo (5 MB). */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
/** Largest upload request: the file plus room for the form's other fields and the multipart boundaries. */
export const ATTACHMENT_BODY_MAX_BYTES = ATTACHMENT_MAX_BYTES + 64 * 1024;
/** Longest file name kept (the rest is cut, the extension kept). */
export const ATTACHMENT_NAME_MAX = 120;

export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_TYPES)[number];

const EXTENSIONS: Record<AttachmentMediaType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * The media type from the file's signature: JPEG FF D8 FF; PNG 89 50 4E 47 0D 0A 1A 0A; WebP "RIFF" …. "WEBP";
 * PDF "%PDF-". Null for anything else (including an empty file).
 */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  return null;
}

/**
 * "1,5 MB", "820 KB": a size as an Indonesian reader writes it. `up` rounds up, so a file one byte over 5 MB reads
 * "5,1 MB", never "5 MB".
 */
export function formatFileSize(bytes: number, rounding: "nearest" | "up" = "nearest"): string {
  const round = rounding === "up" ? Math.ceil : Math.round;
  if (bytes >= 1024 * 1024) return `${(round((bytes / 1024 / 1024) * 10) / 10).toString().replace(".", ",")} MB`;
  return `${Math.max(1, round(bytes / 1024))} KB`;
}

/**
 * A file name safe to store and to send back in Content-Disposition: path parts, control characters and quotes
 * removed, at most ATTACHMENT_NAME_MAX characters, and the extension of the detected type.
 */
export function safeFileName(name: string, type: AttachmentMediaType): string {
  const base =
    name
      .split(/[\\/]/)
      .pop()!
      .split("")
      .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(c))
      .join("")
      .replace(/\.[A-Za-z0-9]{1,5}$/, "")
      .trim() || "lampiran";
  const extension = EXTENSIONS[type];
  return `${base.slice(0, ATTACHMENT_NAME_MAX - extension.length - 1)}.${extension}`;
}

/** What an upload whose body is over the limit, before its file could even be read, is told (422 on `file`). */
export function attachmentTooLargeMessage(): string {
  return `Berkas terlalu besar (lebih dari ${formatFileSize(ATTACHMENT_MAX_BYTES)}); paling besar ${formatFileSize(ATTACHMENT_MAX_BYTES)}.`;
}

export type CheckedAttachment = { fileName: string; mediaType: AttachmentMediaType; size: number };

/**
 * Accepts an evidence file or throws a 422 naming the field "file" and saying why: empty, too large (with both
 * sizes), or not a photo (JPEG, PNG, WebP) or PDF by its content.
 */
export function checkAttachment(file: { name: string; bytes: Uint8Array }): CheckedAttachment {
  const refuse = (message: string) => new AppError("VALIDATION", message, { fields: { file: message } });
  if (file.bytes.length === 0) throw refuse("Berkas kosong. Pilih foto (JPEG, PNG, WebP) atau PDF.");
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) {
    throw refuse(
      `Berkas terlalu besar (${formatFileSize(file.bytes.length, "up")}); paling besar ${formatFileSize(ATTACHMENT_MAX_BYTES)}.`,
    );
  }
  const mediaType = detectMediaType(file.bytes);
  if (!mediaType) {
    throw refuse(
      "Jenis berkas tidak diterima: isi berkas bukan foto (JPEG, PNG, WebP) atau PDF, apa pun nama berkasnya.",
    );
  }
  return { fileName: safeFileName(file.name, mediaType), mediaType, size: file.bytes.length };
}
