import { describe, expect, it } from "vitest";
import { parseWibTimestamp } from "./import-rows";
import { base, parse } from "./import-rows.fixtures";

describe("parseWibTimestamp", () => {
  it.each([
    ["2026-03-17", "2026-03-16T17:00:00.000Z"],
    ["2026-03-17T09:30", "2026-03-17T02:30:00.000Z"],
    ["2026-03-17 09:30:15", "2026-03-17T02:30:15.000Z"],
    ["2026-03-17T09:30Z", "2026-03-17T09:30:00.000Z"],
    ["2026-03-17T09:30+0800", "2026-03-17T01:30:00.000Z"],
  ])("%s → %s", (text, iso) => expect(parseWibTimestamp(text)?.toISOString()).toBe(iso));
  it.each(["2026-02-29", "17/03/2026", "2026-03-17T25:00", ""])("rejects %j", (text) =>
    expect(parseWibTimestamp(text)).toBeNull(),
  );
});

describe("parseApplicationRows", () => {
  it("parses a valid row with normalised kelurahan spelling and exact figures", () => {
    const { valid, errors } = parse(base);
    expect(errors).toEqual([]);
    const row = valid[0];
    expect(row).toMatchObject({
      registrationNo: "KDR-2026-000001",
      kecamatanCode: "35.71.02",
      kelurahanCode: "35.71.02.1006",
      feeCharged: 350_000,
      counterId: 1,
      slaDays: 5,
    });
    expect(row.events.map((e) => `${e.kind}:${e.stage}`)).toEqual([
      "stage:pendaftaran",
      "stage:verifikasi",
      "stage:penetapan",
      "stage:penyerahan",
      "outcome:issued",
    ]);
    // Clock starts 16 March; 17, then 18–24 closed, 25, 26 → 3 working days; the 5th is 30 March (27, 30).
    expect(row.figures).toMatchObject({
      clockStartDay: "2026-03-16",
      dueDate: "2026-03-30",
      finishedDay: "2026-03-26",
      processingDays: 3,
      isOnTime: true,
      isFeeDiscrepant: false,
    });
  });

  it("derives investment figures for a business licence (USD PMA)", () => {
    const { valid, errors } = parse({
      ...base,
      licenseType: "IUI",
      feeCharged: "0",
      applicantKind: "business",
      investmentValue: "1250000.50",
      investmentCurrency: "usd",
      exchangeRate: "16325.75",
      workersLocal: "40",
      workersForeign: "2",
      kbli: "10792",
      kbliVersion: "2020",
      origin: "pma",
    });
    expect(errors).toEqual([]);
    expect(valid[0].investment).toEqual({
      investmentValue: 20_407_195_663n,
      investmentCurrency: "USD",
      investmentOriginalAmount: "1250000.50",
      exchangeRate: "16325.75",
      workersLocal: 40,
      workersForeign: 2,
      kbli: "10792",
      kbliVersion: "2020",
      sector: "industri_makanan",
      sectorGroup: "sekunder",
      origin: "PMA",
      scale: "besar",
      landValue: null,
      buildingValue: null,
      scaleBasis: "pma",
    });
  });

  it("a small PMA is usaha besar; a PMDN's scale excludes its land and buildings (converted at the same rate)", () => {
    const business = {
      ...base,
      licenseType: "IUI",
      feeCharged: "0",
      applicantKind: "business",
      workersLocal: "4",
      workersForeign: "0",
      kbli: "10792",
      kbliVersion: "2020",
    };
    const { valid, errors } = parse(
      {
        ...business,
        registrationNo: "PMA-1",
        investmentValue: "200000",
        investmentCurrency: "USD",
        exchangeRate: "16000",
        origin: "PMA",
      },
      {
        ...business,
        registrationNo: "PMDN-1",
        investmentValue: "12000000000",
        investmentCurrency: "IDR",
        origin: "PMDN",
        landValue: "3000000000",
        buildingValue: "4000000000",
      },
      {
        ...business,
        registrationNo: "PMDN-2",
        investmentValue: "12000000000",
        investmentCurrency: "IDR",
        origin: "PMDN",
      },
      {
        ...business,
        registrationNo: "PMA-2",
        investmentValue: "1000000",
        investmentCurrency: "USD",
        exchangeRate: "16000",
        origin: "PMA",
        landValue: "100000.5",
      },
      {
        ...business,
        registrationNo: "PMDN-3",
        investmentValue: "1000",
        investmentCurrency: "IDR",
        origin: "PMDN",
        landValue: "800",
        buildingValue: "300",
      },
    );
    const byNo = new Map(valid.map((row) => [row.registrationNo, row.investment!]));
    expect(byNo.get("PMA-1")).toMatchObject({ investmentValue: 3_200_000_000n, scale: "besar", scaleBasis: "pma" });
    expect(byNo.get("PMDN-1")).toMatchObject({
      scale: "kecil",
      scaleBasis: "excluding_land_buildings",
      landValue: 3_000_000_000n,
      buildingValue: 4_000_000_000n,
    });
    expect(byNo.get("PMDN-2")).toMatchObject({
      scale: "besar",
      scaleBasis: "total_including_land_buildings",
      landValue: null,
    });
    // USD 100.000,5 × 16.000 = Rp1.600.008.000
    expect(byNo.get("PMA-2")).toMatchObject({ landValue: 1_600_008_000n, scale: "besar" });
    expect(errors).toEqual([
      {
        line: 6,
        column: "landValue",
        message:
          "Nilai pembelian dan pematangan tanah dan nilai bangunan/gedung bersama-sama tidak boleh melebihi nilai investasi (keduanya bagian dari nilai investasi).",
      },
    ]);
  });

  it("a KBLI code whose golongan pokok does not exist is an error naming the line and column", () => {
    const { errors } = parse({
      ...base,
      licenseType: "IUI",
      feeCharged: "0",
      applicantKind: "business",
      investmentValue: "1000",
      investmentCurrency: "IDR",
      workersLocal: "1",
      workersForeign: "0",
      kbli: "40111",
      kbliVersion: "2020",
      origin: "PMDN",
    });
    expect(errors).toEqual([
      { line: 2, column: "kbli", message: 'Kode KBLI "40111": golongan pokok 40 tidak ada dalam KBLI 2020.' },
    ]);
  });

  it("reports each bad input with its line and column", () => {
    const { valid, errors, invalidLines } = parse(
      base,
      { ...base, registrationNo: "KDR-2", licenseType: "XYZ" },
      { ...base, registrationNo: "KDR-3", kelurahan: "Atlantis" },
      { ...base, registrationNo: "KDR-4", completedAt: "2026-03-10" },
      { ...base, registrationNo: "KDR-5", feeCharged: "-5000" },
      { ...base },
      { ...base, registrationNo: "KDR-7", verifikasiAt: "2026-03-25T11:00" },
      {
        ...base,
        registrationNo: "KDR-8",
        licenseType: "IUI",
        investmentValue: "1000",
        investmentCurrency: "USD",
        exchangeRate: "16000",
        workersLocal: "1",
        workersForeign: "0",
        kbli: "10792",
        kbliVersion: "2020",
        origin: "PMDN",
      },
      { ...base, registrationNo: "KDR-9", kelurahan: "Bandar Lor" },
      { ...base, registrationNo: "KDR-10", status: "in_process" },
    );
    expect(valid.map((r) => r.registrationNo)).toEqual(["KDR-2026-000001"]);
    expect(invalidLines).toBe(9);
    const at = (line: number) => errors.filter((e) => e.line === line).map((e) => `${e.column}: ${e.message}`);
    expect(at(3)).toEqual(["licenseType: Jenis izin tidak dikenal: XYZ."]);
    expect(at(4)).toEqual(["kelurahan: Kelurahan tidak dikenal: Atlantis."]);
    expect(at(5)).toEqual(["completedAt: Tanggal selesai lebih awal dari tanggal pengajuan."]);
    expect(at(6)).toEqual(["feeCharged: Biaya tidak boleh negatif."]);
    expect(at(7)).toEqual(["registrationNo: Nomor registrasi KDR-2026-000001 ganda dalam berkas (sudah di baris 2)."]);
    expect(at(8)).toEqual(["verifikasiAt: Urutan tahap salah: verifikasi tidak boleh dicatat setelah penetapan."]);
    expect(at(9)).toEqual(["investmentCurrency: PMDN harus dalam Rupiah: Mata uang investasi harus IDR, bukan USD."]);
    expect(at(10)).toEqual(["kelurahan: Kelurahan Bandar Lor tidak berada di Kecamatan Kota."]);
    expect(at(11)).toEqual(["completedAt: Permohonan berstatus in_process belum selesai; kosongkan tanggal selesai."]);
  });
});
