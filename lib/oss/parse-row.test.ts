import { describe, expect, it } from "vitest";
import { prepareReferences } from "../applications/import-rows";
import { loadAreaSeed } from "../reference/reference-data";
import { originOf, parseOssRow, scaleOf } from "./parse-row";

const areas = prepareReferences({ ...loadAreaSeed(), licenseTypes: [], counters: [] });

const base = {
  id_proyek: "R-202401150001",
  nib: "9120001234567",
  nama_perusahaan: "PT Roti Kediri",
  tanggal_terbit_oss: "2024-01-15",
  uraian_status_penanaman_modal: "PMDN",
  kbli: "10710",
  jumlah_investasi: "12000000000",
  pembelian_pematangan_tanah: "3000000000",
  bangunan_gedung: "4000000000",
  tki: "25",
};

describe("parseOssRow", () => {
  it("derives the scale without land and buildings and lists OSS's different scale", () => {
    const parsed = parseOssRow({ ...base, uraian_skala_usaha: "Usaha Menengah" }, 2, areas);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // Rp12 M − 3 M − 4 M = Rp5 M modal usaha → kecil (PP 7/2021 Ps 35: ≤ Rp5 M).
    expect(parsed.row.project).toMatchObject({
      investmentValue: 12_000_000_000n,
      landValue: 3_000_000_000n,
      buildingValue: 4_000_000_000n,
      scale: "kecil",
      scaleBasis: "excluding_land_buildings",
      ossScale: "Usaha Menengah",
      workers: 25,
      sector: expect.any(String),
      currency: "IDR",
      exchangeRate: null,
    });
    expect(parsed.row.scaleDifference).toEqual({
      ossScale: "Usaha Menengah",
      derivedScale: "kecil",
      basis: "excluding_land_buildings",
    });
  });

  it("converts a PMA in US$ with kurs: besar whatever its value", () => {
    const parsed = parseOssRow(
      {
        ...base,
        uraian_status_penanaman_modal: "Penanaman Modal Asing",
        mata_uang: "usd",
        kurs: "16325.75",
        jumlah_investasi: "1250000.50",
        pembelian_pematangan_tanah: "",
        bangunan_gedung: "",
        mesin_peralatan: "1000000",
        uraian_skala_usaha: "Usaha Besar",
      },
      3,
      areas,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // 1,250,000.50 × 16,325.75 = 20,407,195,662.875 → 20,407,195,663; 1,000,000 × 16,325.75 = 16,325,750,000.
    expect(parsed.row.project).toMatchObject({
      origin: "PMA",
      originText: "Penanaman Modal Asing",
      currency: "USD",
      exchangeRate: "16325.75",
      investmentOriginalAmount: "1250000.50",
      investmentValue: 20_407_195_663n,
      machineryValue: 16_325_750_000n,
      scale: "besar",
      scaleBasis: "pma",
    });
    expect(parsed.row.scaleDifference).toBeNull();
  });

  it("matches areas by name without OSS's prefixes, and warns about a name outside the office's areas", () => {
    const inside = parseOssRow({ ...base, kecamatan_usaha: "KEC. KOTA", kelurahan_usaha: "SETONO PANDE" }, 2, areas);
    expect(inside.ok && inside.row.project).toMatchObject({
      kecamatanCode: "35.71.02",
      kelurahanCode: "35.71.02.1006",
    });
    const outside = parseOssRow({ ...base, kecamatan_usaha: "Ngadiluwih", kelurahan_usaha: "Banjarejo" }, 4, areas);
    expect(outside.ok && outside.row.project).toMatchObject({ kecamatanCode: null, kecamatanName: "Ngadiluwih" });
    expect(outside.ok && outside.row.warnings).toEqual([
      { line: 4, column: "kecamatan_usaha", message: 'Kecamatan "Ngadiluwih" bukan wilayah kantor.' },
    ]);
  });

  it("names the OSS column of every problem", () => {
    const parsed = parseOssRow(
      {
        ...base,
        nib: "912000123456",
        tanggal_terbit_oss: "2024-02-30",
        mata_uang: "USD",
        kurs: "16000",
        modal_kerja: "-5",
      },
      7,
      areas,
    );
    expect(parsed.ok ? [] : parsed.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      "7:nib",
      "7:tanggal_terbit_oss",
      "7:mata_uang",
    ]);
    const badPart = parseOssRow({ ...base, modal_kerja: "-5" }, 8, areas);
    expect(badPart.ok ? [] : badPart.errors).toEqual([
      { line: 8, column: "modal_kerja", message: "Nilai tidak boleh negatif." },
    ]);
  });

  it("reads OSS's wordings of origin and scale", () => {
    expect(["PMA", "pmdn", "Penanaman Modal Dalam Negeri", "Penanaman Modal Asing"].map(originOf)).toEqual([
      "PMA",
      "PMDN",
      "PMDN",
      "PMA",
    ]);
    expect(["Usaha Mikro", "KECIL", "usaha_besar", "Menengah", "UMKM"].map(scaleOf)).toEqual([
      "mikro",
      "kecil",
      "besar",
      "menengah",
      null,
    ]);
  });
});
