/** The calendar's input schemas: a holiday typed or imported by an admin, and the confirmation of a year. Pure. */
import { z } from "zod";
import { HOLIDAY_KINDS } from "./holiday-columns";
import { isIsoDate } from "./working-days";
import { defineTable } from "../table/schemas";

export const ZConfirmHolidayYear = z.object({
  year: z.coerce
    .number({ error: "Tahun tidak valid." })
    .int({ error: "Tahun tidak valid." })
    .min(2000, { error: "Tahun tidak valid." })
    .max(2100, { error: "Tahun tidak valid." }),
  source: z
    .string()
    .trim()
    .min(5, { error: "Tuliskan nomor SKB yang dicocokkan (minimal 5 karakter)." })
    .max(300, { error: "Sumber paling banyak 300 karakter." }),
});

export const ZHolidayInput = z.object({
  date: z.string().trim().refine(isIsoDate, { error: "Tanggal harus tanggal yang valid, mis. 2026-08-17." }),
  kind: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, "_")
        : value,
    z.enum(HOLIDAY_KINDS, { error: "Jenis harus libur_nasional atau cuti_bersama." }),
  ),
  name: z.string().trim().min(2, { error: "Nama hari libur wajib diisi." }).max(120),
});
export type THolidayInput = z.infer<typeof ZHolidayInput>;

/** The holiday list of the admin page: the latest day first, 50 a page; searched by name or by day ("2027-03"). */
export const HOLIDAY_TABLE = defineTable(["date", "kind", "name"], "desc", 50);
export type HolidayListSort = (typeof HOLIDAY_TABLE.sorts)[number];
