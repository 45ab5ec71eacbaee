import { describe, expect, it } from "vitest";
import { buildOpenDataTables, periodLabel, type OpenDataInputs } from "./build";
import { rowSchema } from "./datasets";

const inputs: OpenDataInputs = {
  period: { key: "2026-Q1", kind: "quarter", from: "2026-01-01", to: "2026-03-31" },
  region: { code: "35.71", name: "Kota Kediri" },
  minN: 30,
  skm: {
    questionnaire: "SKM-2017",
    ikm: 82.4567,
    grade: "B",
    respondents: 120,
    elements: [
      { code: "U1", name: "Persyaratan", count: 120, nrr: 3.31666 },
      { code: "U2", name: "Prosedur", count: 29, nrr: 3.1 },
    ],
  },
  onTime: [
    { licenseType: "PBG", name: "Persetujuan Bangunan Gedung", completed: 40, onTime: 37 },
    { licenseType: "REKLAME", name: "Izin Reklame", completed: 12, onTime: 12 },
    { licenseType: "IUI", name: "Izin Usaha Industri", completed: 0, onTime: 0 },
  ],
  complaints: {
    received: 45,
    resolved: 31,
    deadlineDecided: 36,
    resolvedWithinDeadlinePercent: 80.6,
    medianWorkingDaysToResolution: 4,
  },
  investment: [
    {
      dimension: "sektor",
      code: "industri_makanan",
      name: "Industri Makanan",
      projects: 31,
      investment: 45_500_000_000n,
      workers: 310,
    },
    { dimension: "status_modal", code: "PMA", name: "PMA", projects: 2, investment: 30_000_000_000n, workers: 80 },
    {
      dimension: "kecamatan",
      code: "35.71.02",
      name: "Kota",
      projects: 33,
      investment: 75_500_000_000n,
      workers: 390,
      area: { code: "35.71.02", name: "Kota" },
    },
  ],
};

describe("buildOpenDataTables", () => {
  const tables = buildOpenDataTables(inputs);
  const base = {
    kode_wilayah: "35.71",
    nama_wilayah: "Kota Kediri",
    tahun: 2026,
    periode: "Q1",
    periode_mulai: "2026-01-01",
    periode_akhir: "2026-03-31",
  };

  it("publishes the IKM and each element answered by at least 30", () => {
    expect(tables.datasets.ikm).toEqual([
      {
        ...base,
        satuan: "indeks (25–100)",
        nilai: 82.46,
        jumlah_data: 120,
        kuesioner: "SKM-2017",
        mutu_pelayanan: "B",
      },
    ]);
    expect(tables.datasets["ikm-unsur"]).toEqual([
      {
        ...base,
        satuan: "nilai rata-rata (1–4)",
        nilai: 3.317,
        jumlah_data: 120,
        kuesioner: "SKM-2017",
        kode_unsur: "U1",
        nama_unsur: "Persyaratan",
      },
    ]);
    expect(tables.suppressed["ikm-unsur"]).toBe(1);
  });

  it("on-time rate per licence type with 30 or more permits: 37 of 40 = 92,5 %", () => {
    expect(tables.datasets["ketepatan-waktu"]).toEqual([
      {
        ...base,
        satuan: "persen",
        nilai: 92.5,
        jumlah_data: 40,
        kode_jenis_izin: "PBG",
        nama_jenis_izin: "Persetujuan Bangunan Gedung",
      },
    ]);
    expect(tables.suppressed["ketepatan-waktu"]).toBe(1);
  });

  it("complaint figures, each with the count it rests on", () => {
    expect(tables.datasets.pengaduan.map((row) => [row.indikator, row.nilai, row.jumlah_data])).toEqual([
      ["pengaduan_diterima", 45, 45],
      ["pengaduan_selesai", 31, 45],
      ["persen_selesai_tepat_waktu", 80.6, 36],
      ["median_hari_kerja_penyelesaian", 4, 31],
    ]);
    expect(tables.suppressed.pengaduan).toBe(0);
    const few = buildOpenDataTables({ ...inputs, complaints: { ...inputs.complaints, received: 20, resolved: 12 } });
    // 20 received: the counts go; the percentage still rests on 36 decided complaints (as given here).
    expect(few.datasets.pengaduan.map((row) => row.indikator)).toEqual(["persen_selesai_tepat_waktu"]);
    expect(few.suppressed.pengaduan).toBe(3);
  });

  it("investment rows: kecamatan rows carry the kecamatan's own code; small groups are suppressed", () => {
    expect(
      tables.datasets.investasi.map((row) => [
        row.kode_wilayah,
        row.dimensi,
        row.kode_kategori,
        row.nilai,
        row.jumlah_data,
      ]),
    ).toEqual([
      ["35.71", "sektor", "industri_makanan", 45_500_000_000, 31],
      ["35.71.02", "kecamatan", "35.71.02", 75_500_000_000, 33],
    ]);
    expect(tables.suppressed.investasi).toBe(1);
  });

  it("every row matches its dataset's schema", () => {
    for (const [id, rows] of Object.entries(tables.datasets))
      for (const row of rows) expect(() => rowSchema(id as "ikm").parse(row)).not.toThrow();
  });

  it("labels periods the way the portals read them", () => {
    expect(
      [
        { key: "2026", kind: "year" },
        { key: "2026-S2", kind: "semester" },
        { key: "2026-03", kind: "month" },
      ].map((period) => periodLabel({ ...period, from: "", to: "" })),
    ).toEqual(["tahunan", "S2", "03"]);
  });
});
