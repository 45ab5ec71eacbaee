import { describe, expect, it } from "vitest";
import { attachmentResponse } from "./download";

describe("evidence file responses", () => {
  it("a photo opens inline, a PDF downloads; both keep their detected type and never sniff", () => {
    const photo = attachmentResponse(
      { fileName: "ruang tunggu.jpg", mediaType: "image/jpeg", content: new Uint8Array(3) },
      true,
    );
    expect(photo.headers.get("content-disposition")).toBe(
      `inline; filename="ruang tunggu.jpg"; filename*=UTF-8''ruang%20tunggu.jpg`,
    );
    expect(photo.headers.get("cache-control")).toBe("public, max-age=3600");
    const memo = attachmentResponse(
      { fileName: "memo é.pdf", mediaType: "application/pdf", content: new Uint8Array(3) },
      false,
    );
    expect(memo.headers.get("content-disposition")).toBe(
      `attachment; filename="memo _.pdf"; filename*=UTF-8''memo%20%C3%A9.pdf`,
    );
    expect(memo.headers.get("x-content-type-options")).toBe("nosniff");
    expect(memo.headers.get("cache-control")).toBe("private, no-store");
  });
});
