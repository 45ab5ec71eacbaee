import { describe, expect, it } from "vitest";
import {
  CATEGORY_SKM_ELEMENT,
  COMPLAINT_CATEGORIES,
  formatTicketNumber,
  guessCategory,
  maskPhone,
  normalizePhone,
  parseTicketNumber,
  phoneForViewer,
} from "./complaint-rules";

describe("ticket numbers", () => {
  it.each([
    [2026, 123, "PGD-2026-000123"],
    [2025, 1, "PGD-2025-000001"],
    [2026, 999_999, "PGD-2026-999999"],
    [2026, 1_234_567, "PGD-2026-1234567"],
  ])("formats %i #%i as %s", (year, seq, expected) => {
    expect(formatTicketNumber(year, seq)).toBe(expected);
  });
  it("rejects a zero sequence or a short year", () => {
    expect(() => formatTicketNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatTicketNumber(26, 1)).toThrow(RangeError);
  });
  it("parses what citizens type and rejects malformed numbers", () => {
    expect(parseTicketNumber(" pgd-2026-000123 ")).toEqual({ ticketNo: "PGD-2026-000123", year: 2026, sequence: 123 });
    expect(parseTicketNumber("PGD-2026-123")).toBeNull();
    expect(parseTicketNumber("PGD-2026-000000")).toBeNull();
    expect(parseTicketNumber("ABC-2026-000123")).toBeNull();
    expect(parseTicketNumber("PGD-2026-000123; DROP")).toBeNull();
  });
});

describe("phones", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["81234567890", "+6281234567890"],
    ["whatsapp:+6285655512345", "+6285655512345"],
    // The trunk "0" typed after the country code is dropped: one sender, one flood limit (issue 14 item 8).
    ["+62085200000001", "+6285200000001"],
    ["62 0852 0000 0001", "+6285200000001"],
    ["+14155550100", "+14155550100"],
    ["12345", null],
    ["", null],
  ])("normalizes %s to %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
  it.each([
    ["+6281234567890", "+62812*****890"],
    ["+628123456789", "+62812****789"],
    ["+12345678", "+******78"],
    ["", ""],
  ])("masks %s as %s", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
  it("shows the full number to ADMIN only", () => {
    expect(phoneForViewer("+6281234567890", "ADMIN")).toBe("+6281234567890");
    for (const role of ["LEADERSHIP", "PLANNER", "OFFICER"])
      expect(phoneForViewer("+6281234567890", role)).toBe("+62812*****890");
    expect(phoneForViewer(null, "ADMIN")).toBe("");
  });
});

describe("categories", () => {
  it("maps every category to an SKM element, facilities to U9 and other to U8", () => {
    expect(COMPLAINT_CATEGORIES.map((c) => CATEGORY_SKM_ELEMENT[c])).toEqual([
      "U1",
      "U2",
      "U3",
      "U4",
      "U5",
      "U6",
      "U7",
      "U9",
      "U8",
    ]);
  });
  it.each([
    ["Petugas minta uang rokok 50rb biar cepat", "fee"],
    ["Izin saya sudah 3 minggu belum selesai", "time"],
    ["Petugas loket 2 kasar sekali", "behaviour"],
    ["Persyaratan PBG tidak jelas di website", "requirements"],
    ["Toilet ruang tunggu kotor", "facilities"],
    ["Terima kasih", "other"],
  ])("guesses %j as %s", (text, expected) => {
    expect(guessCategory(text)).toBe(expected);
  });
});
