/** The columns of the holiday-list import (CSV or .xlsx): one row per day off of the year. Pure. */
import type { ImportColumn } from "../spreadsheet/columns";

export const HOLIDAY_KINDS = ["libur_nasional", "cuti_bersama"] as const;

export const HOLIDAY_IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: "date",
    kind: "date",
    required: true,
    aliases: ["tanggal"],
    example: "17/08/2026",
    description: { id: "Tanggal hari libur (tahun yang diimpor).", en: "Day off (in the imported year)." },
  },
  {
    key: "kind",
    kind: "text",
    required: true,
    aliases: ["jenis"],
    values: HOLIDAY_KINDS,
    description: {
      id: "libur_nasional atau cuti_bersama (SKB tiga menteri).",
      en: "National holiday or collective leave.",
    },
  },
  {
    key: "name",
    kind: "text",
    required: true,
    aliases: ["nama", "keterangan"],
    example: "Hari Kemerdekaan RI",
    description: { id: "Nama hari libur.", en: "Name of the holiday." },
  },
];
