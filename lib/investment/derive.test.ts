import { describe, expect, it } from "vitest";
import { businessScale, convertToRupiah, ZInvestmentFields, type TInvestmentFieldsInput } from "./derive";

describe("businessScale (PP 7/2021 Pasal 35)", () => {
  it.each([
    [0n, "mikro"],
    [1_000_000_000n, "mikro"],
    [1_000_000_001n, "kecil"],
    [5_000_000_000n, "kecil"],
    [5_000_000_001n, "menengah"],
    [10_000_000_000n, "menengah"],
    [10_000_000_001n, "besar"],
    [9_007_199_254_740_993n, "besar"],
  ] as const)("Rp %s → %s", (capital, scale) => {
    expect(businessScale(capital)).toBe(scale);
  });

  it("rejects negative capital", () => {
    expect(() => businessScale(-1n)).toThrow(RangeError);
  });
});

describe("convertToRupiah", () => {
  it.each([
    // 1,250,000.50 × 16,325.75 = 20,407,195,662.875 → half-up
    ["1250000.50", "USD", "16325.75", 20_407_195_663n],
    ["1250000", "USD", "16325.75", 20_407_187_500n],
    ["100", "EUR", "17500.005", 1_750_001n], // 1,750,000.5 → up
    ["100", "EUR", "17500.004", 1_750_000n], // 1,750,000.4 → down
    ["0.01", "usd", "16000", 160n],
    ["1", "JPY", "105.5", 106n],
    ["1000000000000", "USD", "16325.75", 16_325_750_000_000_000n], // beyond 2^53, exact
    ["1000000.5", "IDR", null, 1_000_001n],
    ["1000000.49", "IDR", undefined, 1_000_000n],
    ["2500000000", "IDR", "", 2_500_000_000n],
    ["2500000000", " idr ", "1.00", 2_500_000_000n],
    ["0", "USD", "16325.75", 0n],
  ] as const)("%s %s at %s → %s", (amount, currency, rate, expected) => {
    expect(convertToRupiah(amount, currency, rate)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["1,250,000.50", "USD", "16325.75", "amount_invalid"],
    ["-5", "IDR", null, "amount_invalid"],
    ["", "IDR", null, "amount_invalid"],
    ["100", "US", "16325.75", "currency_invalid"],
    ["100", "US$", "16325.75", "currency_invalid"],
    ["100", "USD", null, "rate_missing"],
    ["100", "USD", "  ", "rate_missing"],
    ["100", "USD", "16.325,75", "rate_invalid"],
    ["100", "USD", "-16325", "rate_invalid"],
    ["100", "USD", "0", "rate_not_positive"],
    ["100", "USD", "0.000", "rate_not_positive"],
    ["100", "IDR", "16325.75", "rate_not_one_for_idr"],
  ] as const)("%s %s at %s → %s", (amount, currency, rate, code) => {
    const result = convertToRupiah(amount, currency, rate);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it("explains a missing rate in Indonesian", () => {
    expect(convertToRupiah("100", "USD")).toEqual({
      ok: false,
      error: { code: "rate_missing", message: "Kurs wajib diisi untuk mata uang USD (rupiah per 1 USD)." },
    });
  });
});

const validPma: TInvestmentFieldsInput = {
  investmentValue: "1250000.50",
  investmentCurrency: "usd",
  exchangeRate: "16325.75",
  workersLocal: "120",
  workersForeign: 3,
  kbli: "10792",
  kbliVersion: "2020",
  origin: " pma ",
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = ZInvestmentFields.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("ZInvestmentFields", () => {
  it("normalises a valid PMA row in USD", () => {
    expect(ZInvestmentFields.parse(validPma)).toEqual({
      investmentValue: "1250000.50",
      investmentCurrency: "USD",
      exchangeRate: "16325.75",
      workersLocal: 120,
      workersForeign: 3,
      kbli: "10792",
      kbliVersion: "2020",
      origin: "PMA",
    });
  });

  it("accepts PMA in rupiah and PMDN in rupiah without a rate", () => {
    const rupiah = { ...validPma, investmentValue: "2500000000", investmentCurrency: "IDR", exchangeRate: "" };
    expect(issuesOf(rupiah)).toEqual([]);
    expect(ZInvestmentFields.parse({ ...rupiah, origin: "PMDN" }).exchangeRate).toBeNull();
  });

  it("refuses a converted value above Rp100 triliun, on investmentValue (2^63 − 1 as well)", () => {
    // 6,125,000,000 USD × 16,325.75 = Rp99,995,218,750,000 (allowed); 6,126,000,000 USD → Rp100,011,544,500,000 (not).
    expect(issuesOf({ ...validPma, investmentValue: "6125000000" })).toEqual([]);
    const message = "Nilai investasi paling banyak Rp100.000.000.000.000 (Rp100 triliun) per laporan atau proyek.";
    expect(issuesOf({ ...validPma, investmentValue: "6126000000" })).toEqual([{ path: "investmentValue", message }]);
    expect(issuesOf({ ...validPma, investmentCurrency: "IDR", exchangeRate: "", investmentValue: "100000000000001" })).toEqual([{ path: "investmentValue", message }]);
    expect(issuesOf({ ...validPma, investmentCurrency: "IDR", exchangeRate: "", investmentValue: "9223372036854775807" })).toEqual([
      { path: "investmentValue", message: "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal." },
    ]);
  });

  it("rejects PMDN in a foreign currency", () => {
    expect(issuesOf({ ...validPma, origin: "PMDN" })).toEqual([
      {
        path: "investmentCurrency",
        message: "PMDN harus dalam Rupiah: Mata uang investasi harus IDR, bukan USD.",
      },
    ]);
  });

  it("requires a positive rate for a foreign currency", () => {
    expect(issuesOf({ ...validPma, exchangeRate: null })).toEqual([
      { path: "exchangeRate", message: "Kurs wajib diisi untuk mata uang USD (rupiah per 1 USD)." },
    ]);
    expect(issuesOf({ ...validPma, exchangeRate: "0" })).toEqual([
      { path: "exchangeRate", message: "Kurs harus lebih besar dari 0." },
    ]);
  });

  it.each([
    ["workersLocal", "-1", "Tenaga kerja Indonesia harus bilangan bulat tidak negatif, mis. 12."],
    ["workersLocal", -1, "Tenaga kerja Indonesia harus bilangan bulat tidak negatif, mis. 12."],
    ["workersForeign", 1.5, "Tenaga kerja asing harus bilangan bulat tidak negatif, mis. 12."],
    ["workersForeign", "1.000", "Tenaga kerja asing harus bilangan bulat tidak negatif, mis. 12."],
    ["workersForeign", "", "Tenaga kerja asing wajib diisi."],
    ["workersLocal", undefined, "Tenaga kerja Indonesia wajib diisi."],
    ["investmentValue", "1.250.000,50", "Nilai investasi harus angka desimal tanpa pemisah ribuan, mis. 1250000.50."],
    ["investmentValue", "", "Nilai investasi wajib diisi."],
    ["investmentValue", null, "Nilai investasi wajib diisi."],
    ["investmentValue", 1250000.5, "Nilai investasi harus berupa teks."],
    ["investmentCurrency", "Dollar", "Mata uang investasi harus kode ISO 4217 tiga huruf, mis. IDR atau USD."],
    ["exchangeRate", "16.325,75", "Kurs harus angka desimal tanpa pemisah ribuan, mis. 16325.75."],
    ["kbli", "4711A", 'Kode KBLI "4711A" hanya boleh berisi angka, mis. 47111.'],
    ["kbli", "04000", 'Kode KBLI "04000": golongan pokok 04 tidak ada dalam KBLI 2020.'],
    ["kbli", undefined, "Kode KBLI wajib diisi."],
    ["kbliVersion", "2017", "Versi KBLI harus 2020 atau 2025."],
    ["origin", "asing", "Status penanaman modal harus PMA atau PMDN."],
    ["origin", undefined, "Status penanaman modal wajib diisi."],
    // Bounds (lib/validation/bounds.ts): never a stored value that later breaks a sum.
    ["workersForeign", "100001", "Tenaga kerja asing harus bilangan bulat 0–100.000."],
    ["workersLocal", 1e30, "Tenaga kerja Indonesia harus bilangan bulat tidak negatif, mis. 12."],
    ["workersLocal", 2 ** 63, "Tenaga kerja Indonesia harus bilangan bulat tidak negatif, mis. 12."],
    ["investmentValue", "9".repeat(400), "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal."],
    ["investmentValue", "1e30", "Nilai investasi harus angka desimal tanpa pemisah ribuan, mis. 1250000.50."],
    ["investmentValue", "NaN", "Nilai investasi harus angka desimal tanpa pemisah ribuan, mis. 1250000.50."],
    ["investmentValue", "1250000.505", "Nilai investasi paling banyak 2 angka di belakang titik desimal."],
    ["exchangeRate", "1000000.5", "Kurs paling banyak 1.000.000 rupiah per satuan mata uang."],
  ] as const)("%s = %j → %s", (field, value, message) => {
    expect(issuesOf({ ...validPma, [field]: value })).toEqual([{ path: field, message }]);
  });
});
