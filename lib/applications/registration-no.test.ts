import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../calendar/working-days";
import { REGISTRATION_NO_MAX, normalizeRegistrationNo } from "./constants";
import { parseApplicationRows } from "./import-rows";
import { base, refs } from "./import-rows.fixtures";
import { ZRegisterApplication } from "./schemas";

describe("registration numbers (issue 13: office file numbers with slashes)", () => {
  it.each([
    ["503/0123/419.47/2026", "503/0123/419.47/2026"],
    ["  503/0123/419.47/2026 ", "503/0123/419.47/2026"],
    ["503 / 0123 / 419.47 / 2026", "503/0123/419.47/2026"],
    ["KDR-20260316-A1B2C3", "KDR-20260316-A1B2C3"],
    ["abc", "abc"],
    ["a".repeat(REGISTRATION_NO_MAX), "a".repeat(60)],
  ])("accepts %j as %j", (input, stored) => expect(normalizeRegistrationNo(input)).toBe(stored));

  it.each([
    ["ab", "too short"],
    ["a".repeat(61), "61 characters"],
    ["/503/0123", "leading slash"],
    ["503/0123/", "trailing slash"],
    ["503//0123", "empty segment"],
    ["503/../0123", "dot-only segment"],
    ["503 0123", "inner space"],
    ["503%2F0123", "percent sign"],
    ["503\\0123", "backslash"],
    ["503?0123", "question mark"],
  ])("rejects %j (%s)", (input) => expect(normalizeRegistrationNo(input)).toBeNull());

  it("the officer's form stores the normalised number and names the rule on a bad one", () => {
    const base = {
      licenseType: "REKLAME",
      applicantName: "Budi",
      applicantKind: "individual",
      kelurahan: "35.71.02.1006",
    };
    expect(ZRegisterApplication.parse({ ...base, registrationNo: " 503 / 0123 / 419.47 / 2026 " }).registrationNo).toBe(
      "503/0123/419.47/2026",
    );
    const bad = ZRegisterApplication.safeParse({ ...base, registrationNo: "503//0123" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["registrationNo"],
      message: expect.stringContaining("garis miring"),
    });
  });

  it("a CSV row keeps the slash number and treats the spaced spelling as the same number (duplicate)", () => {
    // The shared valid row's applicant, licence type and area, still in process (REKLAME, Budi, Setono Pande).
    const { licenseType, applicantName, applicantKind, kecamatan, kelurahan, submittedAt } = base;
    const row = { licenseType, applicantName, applicantKind, kecamatan, kelurahan, submittedAt, status: "in_process" };
    const { valid, errors } = parseApplicationRows(
      [
        { ...row, registrationNo: "503/0123/419.47/2026" },
        { ...row, registrationNo: "503 / 0123 / 419.47 / 2026" },
        { ...row, registrationNo: "503/0124/" },
      ],
      refs,
      createWorkCalendar([]),
      "2026-04-01",
    );
    expect(valid.map((r) => r.registrationNo)).toEqual(["503/0123/419.47/2026"]);
    expect(errors).toEqual([
      {
        line: 3,
        column: "registrationNo",
        message: "Nomor registrasi 503/0123/419.47/2026 ganda dalam berkas (sudah di baris 2).",
      },
      { line: 4, column: "registrationNo", message: expect.stringContaining("3–60 karakter") },
    ]);
  });
});
