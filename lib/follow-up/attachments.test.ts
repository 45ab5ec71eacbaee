import { describe, expect, it } from "vitest";
import { ATTACHMENT_MAX_BYTES, checkAttachment, detectMediaType, formatFileSize, safeFileName } from "./attachments";
import { isAppError } from "../errors";

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const WEBP = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
const PDF = new TextEncoder().encode("%PDF-1.7\n");
const EXE = new TextEncoder().encode("MZ\u0090\u0000");

function refusal(file: { name: string; bytes: Uint8Array }): string {
  try {
    checkAttachment(file);
  } catch (error) {
    if (isAppError(error) && error.code === "VALIDATION") return error.fields!.file!;
    throw error;
  }
  throw new Error("accepted");
}

describe("evidence files", () => {
  it("recognises photos and PDFs by their first bytes", () => {
    expect(detectMediaType(JPEG)).toBe("image/jpeg");
    expect(detectMediaType(PNG)).toBe("image/png");
    expect(detectMediaType(WEBP)).toBe("image/webp");
    expect(detectMediaType(PDF)).toBe("application/pdf");
    expect(detectMediaType(EXE)).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });

  it("a renamed program is refused whatever its name; a photo named .pdf is stored as the JPEG it is", () => {
    expect(refusal({ name: "foto.jpg", bytes: EXE })).toMatch(/bukan foto \(JPEG, PNG, WebP\) atau PDF/);
    expect(checkAttachment({ name: "memo.pdf", bytes: JPEG })).toEqual({
      fileName: "memo.jpg",
      mediaType: "image/jpeg",
      size: 8,
    });
  });

  it("too large: says both sizes; exactly 5 MB is accepted", () => {
    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
    big.set(PDF);
    expect(refusal({ name: "scan.pdf", bytes: big })).toBe("Berkas terlalu besar (5,1 MB); paling besar 5 MB.");
    const huge = new Uint8Array(6_500_000);
    huge.set(PDF);
    expect(refusal({ name: "scan.pdf", bytes: huge })).toBe("Berkas terlalu besar (6,2 MB); paling besar 5 MB.");
    const limit = new Uint8Array(ATTACHMENT_MAX_BYTES);
    limit.set(PDF);
    expect(checkAttachment({ name: "scan.pdf", bytes: limit }).size).toBe(5_242_880);
    expect(refusal({ name: "kosong.pdf", bytes: new Uint8Array() })).toMatch(/kosong/);
  });

  it("file names lose paths and quotes and get the detected extension", () => {
    expect(safeFileName('C:\\Users\\agus\\"ruang tunggu".jpeg', "image/jpeg")).toBe("ruang tunggu.jpg");
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName("", "image/png")).toBe("lampiran.png");
    expect(safeFileName("a".repeat(300), "image/png")).toHaveLength(120);
    expect(formatFileSize(820 * 1024)).toBe("820 KB");
  });
});
