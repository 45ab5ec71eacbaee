import "server-only";
import { getDb, type Db } from "../db/client";
import type { WorkCalendar } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { readSettingValue } from "../settings/store";
import { DEFAULT_DEADLINE_WORKING_DAYS } from "./metrics";

/** Setting key for the complaint handling deadline in working days (default 5), used only when no category exists. */
export const DEADLINE_SETTING_KEY = "complaints.deadlineDays";

/**
 * The office's working-day calendar for complaints: the same one as the SLA clock (Holiday rows, year statuses and
 * the cuti bersama setting), so a complaint deadline and a permit due date agree about every day (issue 13).
 */
export async function loadComplaintCalendar(db: Db): Promise<WorkCalendar> {
  return loadWorkCalendar(db);
}

/** The deadline setting, falling back to 5 working days when unset or not a whole number 1–60. */
export async function loadDeadlineDays(db: Db = getDb()): Promise<number> {
  const raw = await readSettingValue(DEADLINE_SETTING_KEY, db);
  const value = raw === null ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= 60 ? value : DEFAULT_DEADLINE_WORKING_DAYS;
}

export type HandlingCategory = {
  code: string;
  name: string;
  nameEn: string;
  deadlineDays: number;
  isDefault: boolean;
  active: boolean;
  sortOrder: number;
};

/** The handling categories, in the admin's order (active only unless `includeInactive`). */
export async function listHandlingCategories(
  options: { includeInactive?: boolean } = {},
  db: Db = getDb(),
): Promise<HandlingCategory[]> {
  return db.complaintHandlingCategory.findMany({
    where: options.includeInactive ? {} : { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      code: true,
      name: true,
      nameEn: true,
      deadlineDays: true,
      isDefault: true,
      active: true,
      sortOrder: true,
    },
  });
}
