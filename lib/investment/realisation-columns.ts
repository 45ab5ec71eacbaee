/**
 * The columns of the LKPM realisation import (CSV or .xlsx), declared once for header mapping, cell reading and the
 * downloadable template. Pure.
 */
import { declareColumns, type ColumnDeclaration, type ImportColumn } from "../spreadsheet/columns";
import { REALISATION_CSV_COLUMNS, REALISATION_CSV_REQUIRED } from "./lkpm-schemas";

const DECLARATIONS: Record<(typeof REALISATION_CSV_COLUMNS)[number], ColumnDeclaration> = {
  registrationNo: {
    kind: "text",
    description: { id: "Nomor registrasi izin usaha (proyek) di Lentera.", en: "Registration number of the project." },
    example: "503/0123/419.47/2026",
  },
  year: { kind: "number", description: { id: "Tahun periode laporan.", en: "Reporting year." }, example: "2026" },
  period: {
    kind: "text",
    values: ["TW1", "TW2", "TW3", "TW4", "S1", "S2"],
    description: {
      id: "TW1–TW4 (usaha menengah dan besar, per triwulan) atau S1–S2 (usaha kecil, per semester).",
      en: "Quarter (medium and large) or semester (small).",
    },
  },
  realisedInvestment: {
    kind: "number",
    description: {
      id: "Realisasi investasi pada periode itu, dalam mata uangnya.",
      en: "Investment realised in the period.",
    },
    example: "250.000.000",
  },
  currency: {
    kind: "text",
    description: { id: "Kode mata uang ISO 4217; kosong = IDR.", en: "ISO 4217 currency; empty = IDR." },
    example: "IDR",
  },
  exchangeRate: {
    kind: "number",
    description: { id: "Kurs rupiah per 1 satuan, wajib bila bukan IDR.", en: "Rupiah per unit, for non-IDR." },
  },
  workersLocal: { kind: "number", description: { id: "Tenaga kerja Indonesia.", en: "Indonesian workers." } },
  workersForeign: { kind: "number", description: { id: "Tenaga kerja asing.", en: "Foreign workers." } },
  reportedOn: {
    kind: "date",
    description: {
      id: "Tanggal pelaku usaha melapor (dari OSS); kosong = hari ini.",
      en: "Day the business filed; empty = today.",
    },
    example: "12/07/2026",
  },
};

export const REALISATION_IMPORT_COLUMNS: readonly ImportColumn[] = declareColumns(
  REALISATION_CSV_COLUMNS,
  REALISATION_CSV_REQUIRED,
  DECLARATIONS,
);
