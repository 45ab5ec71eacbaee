import "server-only";
import Papa from "papaparse";
import { z } from "zod";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
import { createWorkCalendar, isIsoDate, type HolidayEntry, type WorkCalendar } from "./working-days";

/** Office setting: whether cuti bersama stops the SLA clock (default yes; issue 5). Stored as "true"/"false". */
export const CUTI_BERSAMA_SETTING = "calendar.cutiBersamaStopsClock";

export async function getCutiBersamaStopsClock(db: Db = getDb()): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: CUTI_BERSAMA_SETTING } });
  return row ? row.value !== "false" : true;
}

/** The office's working-day calendar from the Holiday table and the cuti bersama setting. */
export async function loadWorkCalendar(db: Db = getDb()): Promise<WorkCalendar> {
  const [rows, cutiBersamaStopsClock] = await Promise.all([
    db.holiday.findMany({ orderBy: { date: "asc" } }),
    getCutiBersamaStopsClock(db),
  ]);
  return createWorkCalendar(rows as HolidayEntry[], { cutiBersamaStopsClock });
}

export const ZHolidayInput = z.object({
  date: z.string().trim().refine(isIsoDate, { error: "Tanggal harus YYYY-MM-DD yang valid." }),
  kind: z.enum(["libur_nasional", "cuti_bersama"], { error: "Jenis harus libur_nasional atau cuti_bersama." }),
  name: z.string().trim().min(2, { error: "Nama hari libur wajib diisi." }).max(120),
});
export type THolidayInput = z.infer<typeof ZHolidayInput>;

export async function upsertHoliday(input: unknown, actor: Actor): Promise<void> {
  const parsed = ZHolidayInput.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "_")] ??= issue.message;
    throw new AppError("VALIDATION", "Data hari libur tidak valid.", { fields });
  }
  const h = parsed.data;
  await getDb().holiday.upsert({ where: { date: h.date }, create: h, update: { kind: h.kind, name: h.name } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "holiday.upsert", target: h.date, detail: h });
}

export async function deleteHoliday(date: string, actor: Actor): Promise<void> {
  await getDb().holiday.deleteMany({ where: { date } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "holiday.delete", target: date });
}

export async function setCutiBersamaStopsClock(value: boolean, actor: Actor): Promise<void> {
  await getDb().setting.upsert({
    where: { key: CUTI_BERSAMA_SETTING },
    create: { key: CUTI_BERSAMA_SETTING, value: String(value) },
    update: { value: String(value) },
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "setting.update", target: CUTI_BERSAMA_SETTING, detail: { value } });
}

/**
 * Replaces one year's holidays with a CSV `date,kind,name` (the SKB list). Every row must be a date of that
 * year; any invalid row rejects the whole file (nothing changes). Returns the number of rows stored.
 */
export async function importHolidayYear(year: number, csv: string, actor: Actor): Promise<number> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  const fields: Record<string, string> = {};
  const rows: THolidayInput[] = [];
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const result = ZHolidayInput.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      fields[`baris ${line} / ${String(issue.path[0] ?? "_")}`] = issue.message;
    } else if (!result.data.date.startsWith(`${year}-`)) {
      fields[`baris ${line} / date`] = `Tanggal ${result.data.date} bukan tahun ${year}.`;
    } else rows.push(result.data);
  });
  if (rows.length === 0 && Object.keys(fields).length === 0) fields._ = "Berkas tidak berisi baris hari libur.";
  if (Object.keys(fields).length > 0) throw new AppError("VALIDATION", "Berkas hari libur tidak valid; tidak ada yang diubah.", { fields });
  const unique = [...new Map(rows.map((row) => [row.date, row])).values()];
  const db = getDb();
  await db.$transaction([
    db.holiday.deleteMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } }),
    db.holiday.createMany({ data: unique }),
  ]);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "holiday.import", target: String(year), detail: { rows: unique.length } });
  return unique.length;
}
