import "server-only";
import { cachedReference, invalidateReference } from "../reference/cache";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { readSettingValue, writeSettingValue } from "../settings/store";
import type { Actor } from "../users/user-store";
import { readImportRows } from "../spreadsheet/import-rows";
import type { ImportFile } from "../spreadsheet/input";
import { HOLIDAY_IMPORT_COLUMNS } from "./holiday-columns";
import { ZConfirmHolidayYear, ZHolidayInput, type THolidayInput } from "./schemas";
import {
  calendarWarningsForDays,
  coveredYearList,
  nextUncoveredYear,
  nextYearCoverageReminder,
  type CalendarWarning,
} from "./coverage";
import {
  createWorkCalendar,
  isIsoDate,
  type HolidayEntry,
  type HolidayYearStatus,
  type WorkCalendar,
} from "./working-days";

/** Office setting: whether cuti bersama stops the SLA clock (default yes; issue 5). Stored as "true"/"false". */
export const CUTI_BERSAMA_SETTING = "calendar.cutiBersamaStopsClock";

export async function getCutiBersamaStopsClock(db: Db = getDb()): Promise<boolean> {
  const value = await readSettingValue(CUTI_BERSAMA_SETTING, db);
  return value === null ? true : value !== "false";
}

/**
 * The office's working-day calendar from the Holiday table, the per-year status (HolidayYear) and the cuti bersama
 * setting. The SLA clock and the complaint deadlines both use this one, so they agree about every day.
 */
export async function loadWorkCalendar(db: Db = getDb()): Promise<WorkCalendar> {
  // Outside a transaction, the calendar of this process's short-lived reference cache (invalidated by the writes below).
  return db === getDb() ? cachedReference("work-calendar", () => readWorkCalendar(db)) : readWorkCalendar(db);
}

async function readWorkCalendar(db: Db): Promise<WorkCalendar> {
  const [rows, cutiBersamaStopsClock, years] = await Promise.all([
    db.holiday.findMany({ orderBy: { date: "asc" } }),
    getCutiBersamaStopsClock(db),
    db.holidayYear.findMany({ select: { year: true, status: true } }),
  ]);
  const yearStatuses: Record<number, HolidayYearStatus> = {};
  for (const row of years) yearStatuses[row.year] = row.status === "official" ? "official" : "provisional";
  const holidays = rows.filter((r) => r.kind === "libur_nasional" || r.kind === "cuti_bersama") as HolidayEntry[];
  return createWorkCalendar(holidays, { cutiBersamaStopsClock, yearStatuses });
}

/**
 * Coverage as the admin's holiday page shows it: each covered year (has holiday rows) with its status, source,
 * number of rows and who confirmed it, and the next year from `today` on that has no list yet.
 */
export async function getHolidayCoverage(today: string, db: Db = getDb()) {
  const [cal, yearRows] = await Promise.all([loadWorkCalendar(db), db.holidayYear.findMany()]);
  const byYear = new Map(yearRows.map((row) => [row.year, row]));
  const counts = new Map<number, number>();
  for (const h of cal.holidays)
    counts.set(Number(h.date.slice(0, 4)), (counts.get(Number(h.date.slice(0, 4))) ?? 0) + 1);
  return {
    years: coveredYearList(cal).map(({ year, status }) => {
      const row = byYear.get(year);
      return {
        year,
        status,
        holidays: counts.get(year) ?? 0,
        source: row?.source ?? "",
        confirmedBy: row?.confirmedBy ?? null,
        confirmedAt: row?.confirmedAt ?? null,
      };
    }),
    nextUncoveredYear: nextUncoveredYear(cal, Number(today.slice(0, 4))),
  };
}

/**
 * An admin confirms a year's list after checking it against the signed SKB: the year becomes "official" with the
 * SKB as its source (audited). A year without holiday rows cannot be confirmed.
 */
export async function confirmHolidayYear(input: unknown, actor: Actor, now = new Date()): Promise<void> {
  const parsed = ZConfirmHolidayYear.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "_")] ??= issue.message;
    throw new AppError("VALIDATION", "Konfirmasi tahun tidak valid.", { fields });
  }
  const { year, source } = parsed.data;
  const db = getDb();
  const count = await db.holiday.count({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
  if (count === 0)
    throw new AppError("VALIDATION", `Hari libur ${year} belum diisi; isi dulu sebelum dikonfirmasi.`, {
      fields: { year: `Hari libur ${year} belum diisi.` },
    });
  const data = { status: "official", source, confirmedById: actor.id, confirmedBy: actor.label, confirmedAt: now };
  await db.holidayYear.upsert({ where: { year }, create: { year, ...data }, update: data });
  invalidateReference("work-calendar");
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "holiday.confirmYear",
    target: String(year),
    detail: { source, holidays: count },
  });
}

/** Marks a year provisional again (any edit of its rows does this: the confirmed list is no longer the SKB's). */
async function markYearProvisional(db: Db, year: number, source?: string): Promise<void> {
  const data = {
    status: "provisional",
    confirmedById: null,
    confirmedBy: null,
    confirmedAt: null,
    ...(source ? { source } : {}),
  };
  await db.holidayYear.upsert({ where: { year }, create: { year, source: source ?? "", ...data }, update: data });
  invalidateReference("work-calendar");
}

export async function upsertHoliday(input: unknown, actor: Actor): Promise<void> {
  const parsed = ZHolidayInput.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "_")] ??= issue.message;
    throw new AppError("VALIDATION", "Data hari libur tidak valid.", { fields });
  }
  const h = parsed.data;
  await getDb().holiday.upsert({ where: { date: h.date }, create: h, update: { kind: h.kind, name: h.name } });
  invalidateReference("work-calendar");
  await markYearProvisional(getDb(), Number(h.date.slice(0, 4)));
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "holiday.upsert", target: h.date, detail: h });
}

export async function deleteHoliday(date: string, actor: Actor): Promise<void> {
  const { count } = await getDb().holiday.deleteMany({ where: { date } });
  invalidateReference("work-calendar");
  if (count > 0 && isIsoDate(date)) await markYearProvisional(getDb(), Number(date.slice(0, 4)));
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "holiday.delete", target: date });
}

export async function setCutiBersamaStopsClock(value: boolean, actor: Actor): Promise<void> {
  await writeSettingValue(CUTI_BERSAMA_SETTING, String(value));
  invalidateReference("work-calendar");
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "setting.update",
    target: CUTI_BERSAMA_SETTING,
    detail: { value },
  });
}

/** Holiday rows read per file at most (a year has a few dozen). */
const MAX_HOLIDAY_ROWS = 400;

/**
 * Replaces one year's holidays with a CSV or .xlsx file `date,kind,name` (the SKB list; dates also as 17/08/2026,
 * kinds also as "Cuti Bersama"). Every row must be a date of that year; any invalid row rejects the whole file
 * (nothing changes). The year becomes provisional (to be confirmed
 * against the signed SKB). Returns the number of rows stored.
 */
export async function importHolidayYear(year: number, file: ImportFile, actor: Actor): Promise<number> {
  const read = await readImportRows(file, HOLIDAY_IMPORT_COLUMNS, { maxRows: MAX_HOLIDAY_ROWS });
  const fields: Record<string, string> = {};
  for (const column of read.mapping.missingRequired)
    fields[`baris ${read.sheet.headerLine} / ${column}`] = "Kolom tidak ada.";
  if (read.hasMore) fields._ = `Paling banyak ${MAX_HOLIDAY_ROWS} baris.`;
  const rows: THolidayInput[] = [];
  read.rows.forEach(({ line, texts }) => {
    const result = ZHolidayInput.safeParse(texts);
    if (!result.success) {
      const issue = result.error.issues[0];
      fields[`baris ${line} / ${String(issue.path[0] ?? "_")}`] = issue.message;
    } else if (!result.data.date.startsWith(`${year}-`)) {
      fields[`baris ${line} / date`] = `Tanggal ${result.data.date} bukan tahun ${year}.`;
    } else rows.push(result.data);
  });
  if (rows.length === 0 && Object.keys(fields).length === 0) fields._ = "Berkas tidak berisi baris hari libur.";
  if (Object.keys(fields).length > 0)
    throw new AppError("VALIDATION", "Berkas hari libur tidak valid; tidak ada yang diubah.", { fields });
  const unique = [...new Map(rows.map((row) => [row.date, row])).values()];
  const db = getDb();
  await db.$transaction([
    db.holiday.deleteMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } }),
    db.holiday.createMany({ data: unique }),
  ]);
  invalidateReference("work-calendar");
  // An imported list is provisional until an admin confirms it against the signed SKB (confirmHolidayYear).
  await markYearProvisional(db, year, "Impor CSV oleh admin");
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "holiday.import",
    target: String(year),
    detail: { rows: unique.length },
  });
  return unique.length;
}

/**
 * What the leadership dashboard says about the calendar: from 1 November, a reminder when next year has no list
 * yet; and the warnings for the period shown (its figures were counted on that period's days).
 */
export async function getCalendarStatusForDashboard(
  today: string,
  period: { from: string; to: string },
  db: Db = getDb(),
): Promise<{ reminder: { year: number } | null; warnings: CalendarWarning[] }> {
  const cal = await loadWorkCalendar(db);
  return {
    reminder: nextYearCoverageReminder(cal, today),
    warnings: calendarWarningsForDays(cal, period.from, period.to < today ? period.to : today),
  };
}
