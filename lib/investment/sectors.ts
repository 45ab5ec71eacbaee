/**
 * The 23 sectors BKPM (Kementerian Investasi/BKPM) uses in investment realisation reports, and the office's
 * convention for placing a KBLI code in one of them.
 *
 * BKPM does not publish a KBLI→sector table, so Lentera fixes one here: the sector follows the two-digit KBLI
 * division (golongan pokok) alone, which keeps the mapping deterministic and reviewable in one place:
 *
 *   01 Tanaman Pangan, Perkebunan dan Peternakan · 02 Kehutanan · 03 Perikanan · 05–09 Pertambangan
 *   10–12 Industri Makanan · 13–14 Tekstil · 15 Barang dari Kulit dan Alas Kaki · 16 Kayu
 *   17–18 Kertas dan Percetakan · 20–21 Kimia dan Farmasi · 22 Karet dan Plastik · 23 Mineral Non Logam
 *   24–25 Logam Dasar, Barang Logam, … · 26–28 and 33 Mesin, Elektronik, … · 29–30 Kendaraan Bermotor, …
 *   19, 31, 32 Industri Lainnya · 35–39 Listrik, Gas dan Air · 41–43 Konstruksi · 45–47 Perdagangan dan Reparasi
 *   49–53 and 61 Transportasi, Gudang dan Telekomunikasi · 55–56 Hotel dan Restoran
 *   68 Perumahan, Kawasan Industri dan Perkantoran · every other division Jasa Lainnya
 *
 * The same division table is used for KBLI 2025 records. Where ISIC Rev.5 moved activities between divisions the
 * result follows the new division: e.g. motor vehicle repair filed under 95 in KBLI 2025 lands in Jasa Lainnya,
 * not Perdagangan dan Reparasi.
 */
import { parseKbli, type KbliErrorCode, type KbliVersion } from "./kbli";
import { ok, type Result } from "./result";

export const BKPM_SECTOR_GROUPS = ["primer", "sekunder", "tersier"] as const;
export type BkpmSectorGroup = (typeof BKPM_SECTOR_GROUPS)[number];

/** The 23 BKPM sectors in report order, with Indonesian names exactly as in domain reference §7. */
export const BKPM_SECTORS = [
  { code: "tanaman_pangan_perkebunan_peternakan", name: "Tanaman Pangan, Perkebunan dan Peternakan", group: "primer" },
  { code: "kehutanan", name: "Kehutanan", group: "primer" },
  { code: "perikanan", name: "Perikanan", group: "primer" },
  { code: "pertambangan", name: "Pertambangan", group: "primer" },
  { code: "industri_makanan", name: "Industri Makanan", group: "sekunder" },
  { code: "industri_tekstil", name: "Tekstil", group: "sekunder" },
  { code: "industri_kulit_alas_kaki", name: "Barang dari Kulit dan Alas Kaki", group: "sekunder" },
  { code: "industri_kayu", name: "Kayu", group: "sekunder" },
  { code: "industri_kertas_percetakan", name: "Kertas dan Percetakan", group: "sekunder" },
  { code: "industri_kimia_farmasi", name: "Kimia dan Farmasi", group: "sekunder" },
  { code: "industri_karet_plastik", name: "Karet dan Plastik", group: "sekunder" },
  { code: "industri_mineral_non_logam", name: "Mineral Non Logam", group: "sekunder" },
  {
    code: "industri_logam_dasar",
    name: "Logam Dasar, Barang Logam, Bukan Mesin dan Peralatannya",
    group: "sekunder",
  },
  {
    code: "industri_mesin_elektronik",
    name: "Mesin, Elektronik, Instrumen Kedokteran, Peralatan Listrik, Presisi, Optik dan Jam",
    group: "sekunder",
  },
  {
    code: "industri_kendaraan_bermotor",
    name: "Kendaraan Bermotor dan Alat Transportasi Lain",
    group: "sekunder",
  },
  { code: "industri_lainnya", name: "Industri Lainnya", group: "sekunder" },
  { code: "listrik_gas_air", name: "Listrik, Gas dan Air", group: "tersier" },
  { code: "konstruksi", name: "Konstruksi", group: "tersier" },
  { code: "perdagangan_reparasi", name: "Perdagangan dan Reparasi", group: "tersier" },
  { code: "hotel_restoran", name: "Hotel dan Restoran", group: "tersier" },
  {
    code: "transportasi_gudang_telekomunikasi",
    name: "Transportasi, Gudang dan Telekomunikasi",
    group: "tersier",
  },
  {
    code: "perumahan_kawasan_industri_perkantoran",
    name: "Perumahan, Kawasan Industri dan Perkantoran",
    group: "tersier",
  },
  { code: "jasa_lainnya", name: "Jasa Lainnya", group: "tersier" },
] as const satisfies readonly { code: string; name: string; group: BkpmSectorGroup }[];

export type BkpmSector = (typeof BKPM_SECTORS)[number];
export type BkpmSectorCode = BkpmSector["code"];

export const BKPM_SECTOR_CODES: readonly BkpmSectorCode[] = BKPM_SECTORS.map((sector) => sector.code);

// [first division, last division, sector]; divisions not covered fall to jasa_lainnya.
const DIVISION_SECTOR_RANGES: readonly (readonly [number, number, BkpmSectorCode])[] = [
  [1, 1, "tanaman_pangan_perkebunan_peternakan"],
  [2, 2, "kehutanan"],
  [3, 3, "perikanan"],
  [5, 9, "pertambangan"],
  [10, 12, "industri_makanan"],
  [13, 14, "industri_tekstil"],
  [15, 15, "industri_kulit_alas_kaki"],
  [16, 16, "industri_kayu"],
  [17, 18, "industri_kertas_percetakan"],
  [19, 19, "industri_lainnya"],
  [20, 21, "industri_kimia_farmasi"],
  [22, 22, "industri_karet_plastik"],
  [23, 23, "industri_mineral_non_logam"],
  [24, 25, "industri_logam_dasar"],
  [26, 28, "industri_mesin_elektronik"],
  [29, 30, "industri_kendaraan_bermotor"],
  [31, 32, "industri_lainnya"],
  [33, 33, "industri_mesin_elektronik"],
  [35, 39, "listrik_gas_air"],
  [41, 43, "konstruksi"],
  [45, 47, "perdagangan_reparasi"],
  [49, 53, "transportasi_gudang_telekomunikasi"],
  [55, 56, "hotel_restoran"],
  [61, 61, "transportasi_gudang_telekomunikasi"],
  [68, 68, "perumahan_kawasan_industri_perkantoran"],
];

/** The BKPM sector record for a sector code. */
export function getBkpmSector(code: BkpmSectorCode): BkpmSector {
  const sector = BKPM_SECTORS.find((candidate) => candidate.code === code);
  // Unreachable for a typed code; kept so a bad cast fails loudly instead of returning undefined.
  if (sector === undefined) throw new RangeError(`Unknown BKPM sector code: ${code}`);
  return sector;
}

/**
 * The BKPM sector code for a KBLI division number (office convention, see the file comment). The caller is
 * expected to pass a valid division (use `parseKbli` first); any number not listed maps to jasa_lainnya.
 */
export function sectorCodeForDivision(division: number): BkpmSectorCode {
  for (const [first, last, sectorCode] of DIVISION_SECTOR_RANGES) {
    if (division >= first && division <= last) return sectorCode;
  }
  return "jasa_lainnya";
}

/**
 * Validates a KBLI code and places it in one of the 23 BKPM sectors by its division (office convention).
 * Returns the KBLI validation error unchanged when the code is not valid.
 */
export function sectorFromKbli(code: string, version: KbliVersion = "2020"): Result<BkpmSector, KbliErrorCode> {
  const parsed = parseKbli(code, version);
  if (!parsed.ok) return parsed;
  return ok(getBkpmSector(sectorCodeForDivision(parsed.value.division)));
}
