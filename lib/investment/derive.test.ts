import { describe, expect, it } from "vitest";
import { businessScale, classifyBusinessScale, convertToRupiah } from "./derive";
import { ZInvestmentFields, type TInvestmentFieldsInput } from "./schemas";
import { checkKbliInList, KBLI_2020_LIST, type KbliCodeList } from "./kbli";

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

describe("classifyBusinessScale (PMA; PP 7/2021 Ps 35 excluding land and buildings)", () => {
  it("a PMA is usaha besar whatever its value: USD 200.000 at 16.000 = Rp3,2 M would otherwise be kecil", () => {
    const rupiah = convertToRupiah("200000", "USD", "16000");
    expect(rupiah).toEqual({ ok: true, value: 3_200_000_000n });
    expect(businessScale(3_200_000_000n)).toBe("kecil");
    expect(classifyBusinessScale({ origin: "PMA", investmentRupiah: 3_200_000_000n })).toEqual({
      scale: "besar",
      basis: "pma",
      capitalRupiah: 3_200_000_000n,
    });
    expect(classifyBusinessScale({ origin: "PMA", investmentRupiah: 500_000_000n })).toMatchObject({
      scale: "besar",
      basis: "pma",
    });
  });

  it.each([
    // PMDN Rp12 M, land Rp3 M, buildings Rp4 M → capital Rp5 M → kecil (the total alone would say besar)
    [12_000_000_000n, 3_000_000_000n, 4_000_000_000n, "kecil", "excluding_land_buildings", 5_000_000_000n],
    // only land declared: Rp12 M − Rp1,5 M = Rp10,5 M → besar
    [12_000_000_000n, 1_500_000_000n, null, "besar", "excluding_land_buildings", 10_500_000_000n],
    // only buildings declared: Rp6 M − Rp5,5 M = Rp0,5 M → mikro
    [6_000_000_000n, null, 5_500_000_000n, "mikro", "excluding_land_buildings", 500_000_000n],
    // nothing declared: the total, flagged as including land and buildings
    [12_000_000_000n, null, null, "besar", "total_including_land_buildings", 12_000_000_000n],
    // zero land and buildings declared counts as a breakdown
    [7_000_000_000n, 0n, 0n, "menengah", "excluding_land_buildings", 7_000_000_000n],
  ] as const)("PMDN Rp%s, land %s, buildings %s → %s (%s)", (total, land, building, scale, basis, capital) => {
    expect(
      classifyBusinessScale({ origin: "PMDN", investmentRupiah: total, landRupiah: land, buildingRupiah: building }),
    ).toEqual({ scale, basis, capitalRupiah: capital });
  });

  it("rejects land and buildings above the total", () => {
    expect(() => classifyBusinessScale({ origin: "PMDN", investmentRupiah: 1n, landRupiah: 2n })).toThrow(RangeError);
  });
});

describe("KBLI 2020 code list", () => {
  const complete: KbliCodeList = {
    version: "2020",
    isComplete: true,
    codes: new Map([
      ["47111", "Minimarket"],
      ["56101", "Restoran"],
    ]),
  };

  it("with a complete list an unknown 5-digit 2020 code is an error; KBLI 2025 codes pass with their version", () => {
    expect(checkKbliInList("47111", "2020", complete)).toEqual({ ok: true, isListed: true, title: "Minimarket" });
    expect(checkKbliInList("47119", "2020", complete)).toEqual({
      ok: false,
      error: {
        code: "kbli_unknown_code",
        message: 'Kode KBLI "47119" tidak ada dalam KBLI 2020. Periksa kode atau versi KBLI (2020/2025).',
      },
    });
    expect(checkKbliInList("47119", "2025", complete)).toEqual({ ok: true, isListed: false, title: null });
    expect(checkKbliInList("4711", "2020", complete)).toEqual({ ok: true, isListed: false, title: null });
  });

  it("the shipped list is marked partial, so an unlisted code is accepted as unlisted, a listed one has its title", () => {
    expect(KBLI_2020_LIST.isComplete).toBe(false);
    expect(checkKbliInList("56101", "2020")).toEqual({ ok: true, isListed: true, title: "Restoran" });
    expect(checkKbliInList("10799", "2020")).toEqual({ ok: true, isListed: false, title: null });
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
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
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
      landValue: null,
      buildingValue: null,
    });
  });

  it("land and building values are optional decimals in the investment's currency and may not exceed it", () => {
    expect(ZInvestmentFields.parse({ ...validPma, landValue: "200000", buildingValue: " 300000.25 " })).toMatchObject({
      landValue: "200000",
      buildingValue: "300000.25",
    });
    expect(ZInvestmentFields.parse({ ...validPma, landValue: "", buildingValue: null })).toMatchObject({
      landValue: null,
      buildingValue: null,
    });
    // Typed the Indonesian way (lib/validation/indonesian-number.ts): dots group thousands, the comma is decimal.
    expect(ZInvestmentFields.parse({ ...validPma, landValue: "200.000", buildingValue: "300.000,25" })).toMatchObject({
      landValue: "200000",
      buildingValue: "300000.25",
    });
    expect(issuesOf({ ...validPma, landValue: "1,000,000" })).toEqual([
      {
        path: "landValue",
        message:
          "Nilai pembelian dan pematangan tanah: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
      },
    ]);
    expect(issuesOf({ ...validPma, buildingValue: "-5" })[0]?.path).toBe("buildingValue");
    expect(issuesOf({ ...validPma, landValue: "1000000", buildingValue: "250001" })).toEqual([
      {
        path: "landValue",
        message:
          "Nilai pembelian dan pematangan tanah dan nilai bangunan/gedung bersama-sama tidak boleh melebihi nilai investasi (keduanya bagian dari nilai investasi).",
      },
    ]);
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
    expect(
      issuesOf({ ...validPma, investmentCurrency: "IDR", exchangeRate: "", investmentValue: "100000000000001" }),
    ).toEqual([{ path: "investmentValue", message }]);
    expect(
      issuesOf({ ...validPma, investmentCurrency: "IDR", exchangeRate: "", investmentValue: "9223372036854775807" }),
    ).toEqual([
      {
        path: "investmentValue",
        message: "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal.",
      },
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
    [
      "investmentValue",
      "1,250,000.50",
      "Nilai investasi: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
    ],
    ["investmentValue", "", "Nilai investasi wajib diisi."],
    ["investmentValue", null, "Nilai investasi wajib diisi."],
    ["investmentValue", 1250000.5, "Nilai investasi harus berupa teks."],
    ["investmentCurrency", "Dollar", "Mata uang investasi harus kode ISO 4217 tiga huruf, mis. IDR atau USD."],
    [
      "exchangeRate",
      "16.325",
      'Kurs: "1.250" bisa berarti seribu dua ratus lima puluh atau 1,25 — tulis 1250 atau 1,25.',
    ],
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
    [
      "investmentValue",
      "9".repeat(400),
      "Nilai investasi terlalu besar: paling banyak 15 angka sebelum titik desimal.",
    ],
    ["investmentValue", "1e30", "Nilai investasi harus angka, mis. 1.250.000 atau 1.250.000,50."],
    ["investmentValue", "NaN", "Nilai investasi harus angka, mis. 1.250.000 atau 1.250.000,50."],
    ["investmentValue", "1250000.505", "Nilai investasi paling banyak 2 angka di belakang titik desimal."],
    ["exchangeRate", "1000000.5", "Kurs paling banyak 1.000.000 rupiah per satuan mata uang."],
  ] as const)("%s = %j → %s", (field, value, message) => {
    expect(issuesOf({ ...validPma, [field]: value })).toEqual([{ path: field, message }]);
  });
});
