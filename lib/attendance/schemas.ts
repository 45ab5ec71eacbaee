import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { defineTable } from "../table/schemas";

/** Input shapes of the attendance module (issue 20): office hours, leave, PIN mapping, log import. */

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ZTime = z.string().regex(TIME, { error: "Jam harus berformat JJ:MM, mis. 07:30." });
const ZIsoDay = z.string().refine(isIsoDate, { error: "Tanggal harus tanggal nyata berformat TTTT-BB-HH." });

export const ZDayHours = z
  .object({ start: ZTime, end: ZTime })
  .refine((h) => h.start < h.end, { error: "Jam pulang harus sesudah jam masuk.", path: ["end"] });
export type TDayHours = z.infer<typeof ZDayHours>;

/** Hours for ISO weekdays 1 (Monday) … 5 (Friday). */
export const ZWeekHours = z.object({ "1": ZDayHours, "2": ZDayHours, "3": ZDayHours, "4": ZDayHours, "5": ZDayHours });
export type TWeekHours = z.infer<typeof ZWeekHours>;

/** A date-range override of the office hours, e.g. Ramadan (inclusive WIB days). */
export const ZHoursOverride = z
  .object({ name: z.string().trim().min(1).max(80), from: ZIsoDay, to: ZIsoDay, hours: ZWeekHours })
  .refine((o) => o.from <= o.to, { error: "Tanggal akhir harus sama atau sesudah tanggal awal.", path: ["to"] });

export const ZAttendanceRules = z.object({
  hours: ZWeekHours,
  graceMinutes: z.number().int().min(0).max(120),
  overrides: z.array(ZHoursOverride).max(50),
});
export type TAttendanceRules = z.infer<typeof ZAttendanceRules>;

const MON_THU = { start: "07:30", end: "16:00" };
/**
 * Defaults: Monday–Thursday 07:30–16:00, Friday 07:30–11:30, 15 minutes' grace (toleransi), no override.
 * An admin stores the office's own rules as the setting `attendance.rules`.
 */
export const DEFAULT_ATTENDANCE_RULES: TAttendanceRules = {
  hours: { "1": MON_THU, "2": MON_THU, "3": MON_THU, "4": MON_THU, "5": { start: "07:30", end: "11:30" } },
  graceMinutes: 15,
  overrides: [],
};

export const LEAVE_KINDS = ["cuti", "dinas_luar", "sakit"] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const ZLeaveInput = z
  .object({
    userId: z.string().min(1, { error: "Pilih pegawai." }),
    kind: z.enum(LEAVE_KINDS, { error: "Jenis harus cuti, dinas luar atau sakit." }),
    fromDay: ZIsoDay,
    toDay: ZIsoDay,
    note: z.string().trim().max(300, { error: "Catatan paling banyak 300 karakter." }).default(""),
  })
  .refine((l) => l.fromDay <= l.toDay, {
    error: "Tanggal akhir harus sama atau sesudah tanggal awal.",
    path: ["toDay"],
  });
export type TLeaveInput = z.infer<typeof ZLeaveInput>;

/** A staff member's check-clock PIN and work unit (admin). */
export const ZAttendancePinInput = z.object({
  userId: z.string().min(1, { error: "Pilih pegawai." }),
  /** Empty removes the mapping. */
  pin: z
    .string()
    .trim()
    .regex(/^\d{0,12}$/, { error: "PIN mesin berupa angka (paling banyak 12 digit)." })
    .transform((p) => (p === "" ? null : String(Number(p)))),
  /** Bidang/seksi; empty = none. */
  unit: z
    .string()
    .trim()
    .max(80, { error: "Nama unit paling banyak 80 karakter." })
    .default("")
    .transform((u) => (u === "" ? null : u)),
});
export type TAttendancePinInput = z.infer<typeof ZAttendancePinInput>;

/** Office hours and grace minutes as an admin edits them (the overrides are edited one by one). */
export const ZOfficeHoursInput = z.object({
  hours: ZWeekHours,
  graceMinutes: z.coerce
    .number({ error: "Toleransi harus bilangan bulat 0–120 menit." })
    .int({ error: "Toleransi harus bilangan bulat 0–120 menit." })
    .min(0, { error: "Toleransi harus bilangan bulat 0–120 menit." })
    .max(120, { error: "Toleransi harus bilangan bulat 0–120 menit." }),
});
export type TOfficeHoursInput = z.infer<typeof ZOfficeHoursInput>;
export type THoursOverride = z.infer<typeof ZHoursOverride>;

/** An officer rostered on a counter from one day (to another; empty = until further notice). */
export const ZCounterAssignmentInput = z
  .object({
    counterId: z.coerce.number({ error: "Pilih loket." }).int().positive({ error: "Pilih loket." }),
    userId: z.string().min(1, { error: "Pilih petugas." }),
    fromDay: ZIsoDay,
    toDay: z
      .union([ZIsoDay, z.literal("")])
      .optional()
      .transform((d) => (d ? d : null)),
  })
  .refine((a) => a.toDay === null || a.fromDay <= a.toDay, {
    error: "Tanggal akhir harus sama atau sesudah tanggal awal.",
    path: ["toDay"],
  });
export type TCounterAssignmentInput = z.infer<typeof ZCounterAssignmentInput>;

/** A month of attendance: "2026-05". */
export const ZAttendanceMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Bulan harus berformat TTTT-BB, mis. 2026-05." });

export const LOG_FORMATS = ["tab", "csv"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const ZLogFormat = z.enum(LOG_FORMATS, { error: "Format harus tab (log mesin) atau csv." });

/** Query of POST /api/v1/attendance/import: the log's format and, optionally, its file name for the record. */
export const ZAttendanceImportQuery = z.object({
  format: ZLogFormat,
  fileName: z.string().trim().max(200, { error: "Nama berkas paling banyak 200 karakter." }).optional(),
});

/** The admin's list of check-clock imports: the newest first, 20 a page. */
export const ATTENDANCE_IMPORT_TABLE = defineTable(
  ["importedAt", "importedBy", "fileName", "days", "punches"],
  "desc",
  20,
);
export type AttendanceImportSort = (typeof ATTENDANCE_IMPORT_TABLE.sorts)[number];
