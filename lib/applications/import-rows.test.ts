import { describe, expect, it } from "vitest";
import { createWorkCalendar, type HolidayEntry } from "../calendar/working-days";
import { loadAreaSeed, loadHolidaySeed } from "../reference/reference-data";
import { LICENSE_TYPES } from "../reference/license-types";
import {
  createApplicationRowValidator,
  parseApplicationRows,
  parseWibTimestamp,
  prepareReferences,
} from "./import-rows";
import { APPLICATION_IMPORT_COLUMNS } from "./import-columns";
import { mapColumns } from "../spreadsheet/columns";

const cal = createWorkCalendar(loadHolidaySeed() as HolidayEntry[]);
const areas = loadAreaSeed();
const refs = prepareReferences({
  licenseTypes: LICENSE_TYPES.map((lt, index) => ({
    id: index + 1,
    code: lt.code,
    slaDays: lt.slaDays,
    tariff: lt.tariff,
    isBusiness: lt.isBusiness,
  })),
  kecamatan: areas.kecamatan,
  kelurahan: areas.kelurahan,
  counters: [
    { id: 1, code: "L1" },
    { id: 4, code: "L4" },
  ],
});

const base = {
  registrationNo: "KDR-2026-000001",
  licenseType: "REKLAME",
  applicantName: "Budi",
  applicantKind: "individual",
  kecamatan: "Kota",
  kelurahan: "Setono Pande",
  submittedAt: "2026-03-16T09:00",
  completedAt: "2026-03-26",
  status: "issued",
  feeCharged: "350000",
  counter: "L1",
  verifikasiAt: "2026-03-16T10:00",
  penetapanAt: "2026-03-25T10:00",
};
const parse = (...rows: Record<string, string>[]) => parseApplicationRows(rows, refs, cal, "2026-04-01");

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

describe("createApplicationRowValidator (streaming import)", () => {
  const validator = (maxErrors?: number) => createApplicationRowValidator(refs, cal, "2026-04-01", { maxErrors });
  const numbered = (n: number) => ({ ...base, registrationNo: `KDR-2026-${String(n).padStart(6, "0")}` });

  it("finds duplicates across separately fed batches, naming the first line, even when that line was invalid", () => {
    const v = validator();
    const fed: (string | null)[] = [];
    const feed = (...rows: Record<string, string>[]) =>
      rows.forEach((row) => fed.push(v.next(row)?.registrationNo ?? null));
    feed(numbered(1), numbered(2), { ...numbered(3), feeCharged: "-1" }); // lines 2–4
    feed(numbered(4), numbered(5)); // lines 5–6
    feed(numbered(2), numbered(3), numbered(6), numbered(1)); // lines 7–10
    expect(fed).toEqual([
      "KDR-2026-000001",
      "KDR-2026-000002",
      null,
      "KDR-2026-000004",
      "KDR-2026-000005",
      null,
      null,
      "KDR-2026-000006",
      null,
    ]);
    expect(v.summary()).toEqual({
      rows: 9,
      validRows: 5,
      invalidRows: 4,
      errorCount: 4,
      errors: [
        { line: 4, column: "feeCharged", message: "Biaya tidak boleh negatif." },
        {
          line: 7,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000002 ganda dalam berkas (sudah di baris 3).",
        },
        {
          line: 8,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000003 ganda dalam berkas (sudah di baris 4).",
        },
        {
          line: 10,
          column: "registrationNo",
          message: "Nomor registrasi KDR-2026-000001 ganda dalam berkas (sudah di baris 2).",
        },
      ],
    });
  });

  it("keeps only the first maxErrors errors but counts every error and invalid row", () => {
    const v = validator(3);
    v.next(numbered(1)); // line 2, valid
    // Lines 3–6: two errors each (unknown licence type and negative fee) → 8 errors on 4 rows.
    for (let n = 2; n <= 5; n += 1) v.next({ ...numbered(n), licenseType: "XYZ", feeCharged: "-1" });
    v.next(numbered(1)); // line 7: duplicate of line 2 → 9th error
    const summary = v.summary();
    expect(summary).toMatchObject({ rows: 6, validRows: 1, invalidRows: 5, errorCount: 9 });
    expect(summary.errors).toEqual([
      { line: 3, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." },
      { line: 3, column: "feeCharged", message: "Biaya tidak boleh negatif." },
      { line: 4, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." },
    ]);
  });

  it("gives the same verdicts when the same rows are fed to a second validator (the import's two passes)", () => {
    const rows = [numbered(1), { ...numbered(2), kelurahan: "Atlantis" }, numbered(3), numbered(1)];
    const first = validator(0);
    const second = validator(0);
    expect(rows.map((row) => first.next(row)?.line ?? null)).toEqual([2, null, 4, null]);
    expect(rows.map((row) => second.next(row)?.line ?? null)).toEqual([2, null, 4, null]);
    expect(second.summary()).toEqual({ rows: 4, validRows: 2, invalidRows: 2, errorCount: 2, errors: [] });
  });
});

describe("header mapping", () => {
  it("matches canonical names loosely and applies the chosen mapping", () => {
    const mapped = mapColumns(["Registration No", "jenis_izin", "licenseType", "status"], APPLICATION_IMPORT_COLUMNS, {
      jenis_izin: "licenseType",
    });
    expect(Object.fromEntries(mapped.byHeader)).toEqual({
      "Registration No": "registrationNo",
      jenis_izin: "licenseType",
      status: "status",
    });
    expect(mapped.ignored).toEqual(["licenseType"]);
    expect(mapped.missingRequired).toEqual([
      "applicantName",
      "applicantKind",
      "kecamatan",
      "kelurahan",
      "submittedAt",
      "completedAt",
      "feeCharged",
      "counter",
    ]);
  });
});
