import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { z } from "zod";

/** Reference CSVs shipped with the project (copied from the office's official lists). */
const DATA_DIR = path.join(process.cwd(), "prisma", "data");

const ZHolidayRow = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  kind: z.enum(["libur_nasional", "cuti_bersama"]),
  name: z.string().min(1),
});
export type THolidayRow = z.infer<typeof ZHolidayRow>;

const ZAreaRow = z.object({
  kecamatan_code: z.string().min(1),
  kecamatan: z.string().min(1),
  kelurahan_code: z.string().min(1),
  kelurahan: z.string().min(1),
});

function readCsv(file: string): unknown[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path.join(DATA_DIR, file), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

export function loadHolidaySeed(): THolidayRow[] {
  return readCsv("holidays-id.csv").map((row) => ZHolidayRow.parse(row));
}

const ZHolidayYearRow = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  status: z.enum(["official", "provisional"]),
  source: z.string().min(1),
});

/** Status and source of each shipped year's list (holiday-years.csv; issue 13). */
export function loadHolidayYearSeed() {
  return readCsv("holiday-years.csv").map((row) => ZHolidayYearRow.parse(row));
}

export function loadAreaSeed() {
  const rows = readCsv("kediri-wilayah.csv").map((row) => ZAreaRow.parse(row));
  const kecamatan = new Map<string, string>();
  for (const r of rows) kecamatan.set(r.kecamatan_code, r.kecamatan);
  return {
    kecamatan: [...kecamatan].map(([code, name]) => ({ code, name })),
    kelurahan: rows.map((r) => ({ code: r.kelurahan_code, name: r.kelurahan, kecamatanCode: r.kecamatan_code })),
  };
}
