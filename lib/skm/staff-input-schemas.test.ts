import { describe, expect, it } from "vitest";
import { parseOrThrow } from "../validation/parse";
import { ZInvitationCreate, ZInvitationDays, ZInvitationForm, ZKioskEnroll } from "./staff-input-schemas";

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return { message: (error as Error).message, fields: (error as { fields?: unknown }).fields };
  }
  throw new Error("expected a validation error");
}

describe("invitation schemas", () => {
  it("word a missing code as the API does (diisi) and as the staff form does (dipilih)", () => {
    expect(fieldsOf(() => parseOrThrow(ZInvitationCreate, { licenseType: " ", counter: "" })).fields).toEqual({
      licenseType: "Jenis layanan wajib diisi",
      counter: "Loket wajib diisi",
    });
    expect(
      fieldsOf(() =>
        parseOrThrow(
          ZInvitationForm,
          { licenseType: "", counter: "", applicationNo: "x".repeat(61) },
          "Data undangan tidak valid.",
        ),
      ),
    ).toEqual({
      message: "Data undangan tidak valid.",
      fields: {
        licenseType: "Jenis layanan wajib dipilih",
        counter: "Loket wajib dipilih",
        applicationNo: "Nomor permohonan maksimal 60 karakter",
      },
    });
  });

  it("trim what they keep", () => {
    expect(ZInvitationForm.parse({ licenseType: " PBG ", counter: "L1 ", applicationNo: " REG-1 " })).toEqual({
      licenseType: "PBG",
      counter: "L1",
      applicationNo: "REG-1",
    });
  });
});

describe("ZInvitationDays", () => {
  it("takes whole days 1 to 365 and names the field otherwise", () => {
    expect(ZInvitationDays.parse({ days: 1 }).days).toBe(1);
    expect(ZInvitationDays.parse({ days: 365 }).days).toBe(365);
    for (const days of [0, 366, 2.5, Number.NaN])
      expect(fieldsOf(() => parseOrThrow(ZInvitationDays, { days }, "Masa berlaku tidak valid."))).toEqual({
        message: "Masa berlaku tidak valid.",
        fields: { days: "Masa berlaku harus 1–365 hari" },
      });
  });
});

describe("ZKioskEnroll", () => {
  it("wants a 2–60 character name (trimmed) and a counter", () => {
    expect(ZKioskEnroll.parse({ name: "  Tablet L1 ", counter: "L1" })).toEqual({ name: "Tablet L1", counter: "L1" });
    expect(fieldsOf(() => parseOrThrow(ZKioskEnroll, { name: " A ", counter: "" })).fields).toEqual({
      name: "Nama perangkat 2–60 karakter",
      counter: "Loket wajib dipilih",
    });
    expect(fieldsOf(() => parseOrThrow(ZKioskEnroll, { name: "x".repeat(61), counter: "L1" })).fields).toEqual({
      name: "Nama perangkat 2–60 karakter",
    });
  });
});
