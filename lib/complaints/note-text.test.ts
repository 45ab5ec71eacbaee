import { describe, expect, it } from "vitest";
import { readComplaintNote } from "./note-text";

describe("readComplaintNote", () => {
  it("reads the verification with its category, days and deadline", () => {
    expect(readComplaintNote("status", "verified:ours:lapangan:14:2026-12-28")).toEqual({
      key: "verifiedOurs",
      values: { category: "lapangan", days: "14", deadline: "2026-12-28" },
    });
  });

  it("reads an extension with both deadlines, the added days and the reason (reason may hold colons)", () => {
    expect(readComplaintNote("extension", "2026-12-21 → 2026-12-28 (+5): cek lapangan: pemohon di luar kota")).toEqual({
      key: "extended",
      values: { from: "2026-12-21", to: "2026-12-28", days: "5", reason: "cek lapangan: pemohon di luar kota" },
    });
  });

  it("reads assignment, category change, not-ours, resolved and closed", () => {
    expect(readComplaintNote("status", "assigned:Budi Petugas")).toEqual({
      key: "assigned",
      values: { name: "Budi Petugas" },
    });
    expect(readComplaintNote("status", "category:time→fee")).toEqual({
      key: "categoryChanged",
      values: { from: "time", to: "fee" },
    });
    expect(readComplaintNote("status", "verified:not_ours: urusan PDAM")).toEqual({
      key: "verifiedNotOurs",
      values: { reason: "urusan PDAM" },
    });
    expect(readComplaintNote("status", "resolved")).toEqual({ key: "resolved", values: {} });
    expect(readComplaintNote("status", "closed")).toEqual({ key: "closed", values: {} });
  });

  it("leaves free notes, answers and unknown forms as written", () => {
    expect(readComplaintNote("note", "assigned:looks like a form but is a note")).toEqual({
      key: null,
      text: "assigned:looks like a form but is a note",
    });
    expect(readComplaintNote("status", "verified:ours:broken")).toEqual({ key: null, text: "verified:ours:broken" });
    expect(readComplaintNote("extension", "tanpa format")).toEqual({ key: null, text: "tanpa format" });
  });
});
