import { describe, expect, it } from "vitest";
import { ZRealisationInput } from "./lkpm-schemas";

describe("ZRealisationInput", () => {
  const valid = {
    registrationNo: " REG-1 ",
    year: "2026",
    period: "tw2",
    realisedInvestment: "1250000.50",
    currency: "usd",
    exchangeRate: "16325.75",
    workersLocal: "12",
    workersForeign: 1,
  };

  it("converts a foreign amount exactly and normalises the period", () => {
    const parsed = ZRealisationInput.parse(valid);
    expect(parsed).toMatchObject({
      registrationNo: "REG-1",
      year: 2026,
      period: { kind: "triwulan", number: 2 },
      currency: "USD",
      workersLocal: 12,
      workersForeign: 1,
    });
    expect(parsed.realisedRupiah).toBe(20_407_195_663n);
    expect(parsed.reportedOn).toBeNull();
  });

  it("defaults to rupiah without a rate, exact up to the Rp100 triliun bound", () => {
    const parsed = ZRealisationInput.parse({
      ...valid,
      currency: "",
      exchangeRate: "",
      realisedInvestment: "100000000000000",
    });
    expect(parsed.realisedRupiah).toBe(100_000_000_000_000n);
    expect(parsed.currency).toBe("IDR");
    const over = ZRealisationInput.safeParse({
      ...valid,
      currency: "",
      exchangeRate: "",
      realisedInvestment: "100000000000001",
    });
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "realisedInvestment",
        "Realisasi investasi paling banyak Rp100.000.000.000.000 (Rp100 triliun) per laporan atau proyek.",
      ],
    ]);
  });

  it.each([
    [{ realisedInvestment: "9223372036854775807" }, "realisedInvestment"],
    [{ realisedInvestment: "9".repeat(400) }, "realisedInvestment"],
    [{ realisedInvestment: 1e30 }, "realisedInvestment"],
    [{ realisedInvestment: Number.NaN }, "realisedInvestment"],
    [{ exchangeRate: "2000000" }, "exchangeRate"],
    [{ exchangeRate: "1.0000001" }, "exchangeRate"],
    [{ workersLocal: "100001" }, "workersLocal"],
    [{ workersForeign: 2 ** 63 }, "workersForeign"],
  ])("refuses out-of-range %j naming %s", (patch, field) => {
    const r = ZRealisationInput.safeParse({ ...valid, ...patch });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it.each([
    [{ realisedInvestment: "-5" }, "realisedInvestment", "Realisasi investasi tidak boleh negatif."],
    [
      { realisedInvestment: "1,000,000" },
      "realisedInvestment",
      "Realisasi investasi: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
    ],
    [{ period: "Q3" }, "period", 'Periode harus TW1, TW2, TW3, TW4, S1 atau S2, bukan "Q3".'],
    [{ year: "26" }, "year", "Tahun harus tahun empat angka antara 2000 dan 2100."],
    [{ workersLocal: "-1" }, "workersLocal", "Tenaga kerja Indonesia tidak boleh negatif."],
    [{ exchangeRate: "" }, "exchangeRate", "Kurs wajib diisi untuk mata uang USD (rupiah per 1 USD)."],
    [{ currency: "IDR", exchangeRate: "2" }, "exchangeRate", "Kurs untuk Rupiah (IDR) harus 1 atau dikosongkan."],
    [{ registrationNo: "  " }, "registrationNo", "Nomor registrasi wajib diisi."],
    [{ reportedOn: "2026-02-30" }, "reportedOn", "Tanggal lapor harus tanggal yang valid dengan format YYYY-MM-DD."],
  ])("rejects %o with the field's message", (change, field, message) => {
    const parsed = ZRealisationInput.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([field, message]);
  });
});
