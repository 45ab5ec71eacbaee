import { describe, expect, it } from "vitest";
import { numberProblemMessage, readIndonesianNumber } from "./indonesian-number";
import { ZRegisterApplication } from "../applications/schemas";
import { ZRealisationInput } from "../investment/lkpm-schemas";

const rupiah = { maxFractionDigits: 2 };
const whole = { maxFractionDigits: 0 };
const rate = { maxFractionDigits: 6 };

describe("readIndonesianNumber", () => {
  it.each([
    ["1.250.000", rupiah, "1250000"],
    ["1.250.000,50", rupiah, "1250000.50"],
    ["Rp 1.250.000", rupiah, "1250000"],
    ["Rp1.250.000,5", rupiah, "1250000.5"],
    ["rp. 350.000", whole, "350000"],
    ["IDR 2.500", whole, "2500"],
    ["  1.250.000  ", whole, "1250000"],
    ["Rp\u00a01.250.000", whole, "1250000"],
    ["350000", whole, "350000"],
    ["0", whole, "0"],
    ["007", whole, "7"],
    ["0,5", rupiah, "0.5"],
    ["1250000,50", rupiah, "1250000.50"],
    // The machine form (API, CSV): a dot that cannot be grouping is a decimal point.
    ["1250000.50", rupiah, "1250000.50"],
    ["16325.75", rate, "16325.75"],
    ["0.625", rate, "0.625"],
    ["3.14159", rate, "3.14159"],
    ["1234.567", rupiah, "1234.567"], // read as a decimal; the field's own check refuses the third decimal
    // One dot and three digits: grouping where the field takes fewer than three decimals.
    ["1.250", whole, "1250"],
    ["12.500", rupiah, "12500"],
    ["16.325,753", rate, "16325.753"],
  ] as const)("%j → %s", (text, options, decimal) => {
    expect(readIndonesianNumber(text, options)).toEqual({ ok: true, decimal });
  });

  it.each([
    ["", rupiah, "empty"],
    ["Rp ", rupiah, "empty"],
    ["1,250,000", rupiah, "english"],
    ["1,250,000.50", rupiah, "english"],
    ["1,250.50", rupiah, "english"],
    ["1.250", rate, "ambiguous"],
    ["16.325", rate, "ambiguous"],
    ["-1.250", rupiah, "format"],
    ["1 250 000", rupiah, "format"],
    ["1.25.000", rupiah, "format"],
    ["1.2500,5", rupiah, "format"],
    ["12,5.000", rupiah, "english"],
    [",5", rupiah, "format"],
    ["1.", rupiah, "format"],
    ["1e6", rupiah, "format"],
    ["satu juta", rupiah, "format"],
    ["$ 100", rupiah, "format"],
  ] as const)("refuses %j (%s)", (text, options, problem) => {
    expect(readIndonesianNumber(text, options)).toEqual({ ok: false, problem });
  });
});

describe("numberProblemMessage", () => {
  it("names the field and shows the Indonesian way", () => {
    expect(numberProblemMessage("Biaya", "format")).toBe("Biaya harus angka, mis. 1.250.000 atau 1.250.000,50.");
    expect(numberProblemMessage("Nilai realisasi", "english")).toBe(
      "Nilai realisasi: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
    );
    expect(numberProblemMessage("Kurs", "ambiguous")).toContain("tulis 1250 atau 1,25");
  });
});

// The zod schemas of the forms read numbers through the same parser (one place for every fee, tariff and amount).
describe("forms that take Indonesian numbers", () => {
  const registration = { licenseType: "REKLAME", applicantName: "Budi", applicantKind: "individual", kelurahan: "x" };

  it.each([
    ["350.000", 350_000],
    ["Rp 1.250.000", 1_250_000],
    ["1.250.000,00", 1_250_000],
    ["350000", 350_000],
    ["", null],
  ])("fee %j → %s", (feeCharged, expected) => {
    expect(ZRegisterApplication.parse({ ...registration, feeCharged }).feeCharged).toBe(expected);
  });

  it.each([
    ["1.250.000,50", "Biaya dalam angka bulat, tanpa desimal."],
    ["1,250,000", "Biaya: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50."],
    ["2.000.000.000", "Biaya harus bilangan bulat 0–1.000.000.000."],
    ["lima ribu", "Biaya harus angka, mis. 1.250.000 atau 1.250.000,50."],
  ])("fee %j is refused: %s", (feeCharged, message) => {
    const result = ZRegisterApplication.safeParse({ ...registration, feeCharged });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["feeCharged", message],
    ]);
  });

  it("an LKPM amount '1.250.000,50' in US dollars converts exactly", () => {
    const parsed = ZRealisationInput.parse({
      registrationNo: "REG-1",
      year: "2026",
      period: "TW2",
      realisedInvestment: "1.250.000,50",
      currency: "USD",
      exchangeRate: "16.325,75",
      workersLocal: "12",
      workersForeign: "0",
    });
    // 1 250 000,50 × 16 325,75 = 20 407 195 662,875 → rounded half-up to whole rupiah.
    expect(parsed.realisedInvestment).toBe("1250000.50");
    expect(parsed.realisedRupiah).toBe(20_407_195_663n);
  });
});
