import { describe, expect, it } from "vitest";
import { importContentHash } from "./import-hash";

describe("importContentHash", () => {
  const csv = "submittedAt,questionnaire,U1\n2018-03-05,SKM-2017,4\n";
  it("is the SHA-256 of the normalised text", () => {
    // sha256("submittedAt,questionnaire,U1\n2018-03-05,SKM-2017,4") — trailing newline dropped
    expect(importContentHash(csv)).toBe(importContentHash("submittedAt,questionnaire,U1\n2018-03-05,SKM-2017,4"));
    expect(importContentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("ignores a BOM, CRLF or CR line endings and trailing blank lines", () => {
    expect(importContentHash(`\uFEFF${csv.replace(/\n/g, "\r\n")}\r\n\r\n`)).toBe(importContentHash(csv));
    expect(importContentHash(csv.replace(/\n/g, "\r"))).toBe(importContentHash(csv));
  });
  it("changes with any cell", () => {
    expect(importContentHash(csv.replace(",4", ",3"))).not.toBe(importContentHash(csv));
  });
});
