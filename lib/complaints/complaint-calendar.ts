import "server-only";
import type { Db } from "../db/client";
import { createWorkCalendar, type HolidayEntry, type HolidayKind, type WorkCalendar } from "../calendar/working-days";
import { DEFAULT_DEADLINE_WORKING_DAYS } from "./metrics";

/** Setting key for the complaint handling deadline in working days (default 5). */
export const DEADLINE_SETTING_KEY = "complaints.deadlineDays";

/** The office's working-day calendar from the Holiday table (SKB rows; cuti bersama stops the clock). */
export async function loadComplaintCalendar(db: Db): Promise<WorkCalendar> {
  const rows = await db.holiday.findMany({ orderBy: { date: "asc" } });
  const holidays: HolidayEntry[] = rows
    .filter((r) => r.kind === "libur_nasional" || r.kind === "cuti_bersama")
    .map((r) => ({ date: r.date, kind: r.kind as HolidayKind, name: r.name }));
  return createWorkCalendar(holidays);
}

/** The deadline setting, falling back to 5 working days when unset or not a whole number 1–60. */
export async function loadDeadlineDays(db: Db): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: DEADLINE_SETTING_KEY } });
  const value = row ? Number(row.value) : NaN;
  return Number.isInteger(value) && value >= 1 && value <= 60 ? value : DEFAULT_DEADLINE_WORKING_DAYS;
}
