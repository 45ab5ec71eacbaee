import "server-only";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { readSettingValue, writeSettingValue } from "../settings/store";
import { parseOrThrow } from "../validation/parse";
import type { Actor } from "../users/user-store";
import {
  DEFAULT_ATTENDANCE_RULES,
  ZAttendanceRules,
  ZHoursOverride,
  ZOfficeHoursInput,
  type TAttendanceRules,
} from "./schemas";

/** Office setting holding the attendance rules as JSON (ZAttendanceRules): hours, grace minutes, overrides. */
export const ATTENDANCE_RULES_SETTING = "attendance.rules";

/** The office's attendance rules; the defaults (Mon–Thu 07:30–16:00, Fri 07:30–11:30, 15 min) until an admin saves. */
export async function getAttendanceRules(db: Db = getDb()): Promise<TAttendanceRules> {
  const stored = await readSettingValue(ATTENDANCE_RULES_SETTING, db);
  if (stored === null) return DEFAULT_ATTENDANCE_RULES;
  try {
    const parsed = ZAttendanceRules.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_ATTENDANCE_RULES;
  } catch {
    return DEFAULT_ATTENDANCE_RULES;
  }
}

async function saveRules(rules: TAttendanceRules, db: Db): Promise<void> {
  const value = JSON.stringify(ZAttendanceRules.parse(rules));
  await writeSettingValue(ATTENDANCE_RULES_SETTING, value, db);
}

/** Saves the weekday hours and grace minutes (the overrides stay); audited with the old and new values. */
export async function saveOfficeHours(input: unknown, actor: Actor, db: Db = getDb()): Promise<TAttendanceRules> {
  const { hours, graceMinutes } = parseOrThrow(ZOfficeHoursInput, input);
  const before = await getAttendanceRules(db);
  const rules = { ...before, hours, graceMinutes };
  await saveRules(rules, db);
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "attendance.hours",
    detail: { before: { hours: before.hours, graceMinutes: before.graceMinutes }, after: { hours, graceMinutes } },
  });
  return rules;
}

/** Adds a date-range override (e.g. Ramadan hours); refused when it overlaps another override. */
export async function addHoursOverride(input: unknown, actor: Actor, db: Db = getDb()): Promise<TAttendanceRules> {
  const override = parseOrThrow(ZHoursOverride, input);
  const before = await getAttendanceRules(db);
  const clash = before.overrides.find((o) => o.from <= override.to && override.from <= o.to);
  if (clash)
    throw new AppError(
      "CONFLICT",
      `Rentang tanggal bertumpang tindih dengan "${clash.name}" (${clash.from} – ${clash.to}).`,
      {
        fields: { from: `Bertumpang tindih dengan "${clash.name}".` },
      },
    );
  const rules = { ...before, overrides: [...before.overrides, override].sort((a, b) => a.from.localeCompare(b.from)) };
  await saveRules(rules, db);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "attendance.override.add", detail: override });
  return rules;
}

/** Removes the override that starts on `from`. */
export async function removeHoursOverride(from: string, actor: Actor, db: Db = getDb()): Promise<TAttendanceRules> {
  const before = await getAttendanceRules(db);
  const removed = before.overrides.find((o) => o.from === from);
  if (!removed) throw new AppError("NOT_FOUND", "Pengaturan jam khusus tidak ditemukan.");
  const rules = { ...before, overrides: before.overrides.filter((o) => o !== removed) };
  await saveRules(rules, db);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "attendance.override.remove", detail: removed });
  return rules;
}
