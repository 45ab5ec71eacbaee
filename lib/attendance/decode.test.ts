import { describe, expect, it } from "vitest";
import { decodeLogFile } from "./decode";

describe("decodeLogFile", () => {
  it("reads UTF-8, and UTF-16 with either byte-order mark", () => {
    const text = "PIN,Waktu\n7,2026-05-26 07:52:10\n";
    expect(decodeLogFile(new TextEncoder().encode(text))).toBe(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeLogFile(le)).toBe(text);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeLogFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });
});
