import "server-only";
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { toWibDate } from "../calendar/working-days";
import { importContentHash } from "../skm/import-hash";
import { isUniqueViolation } from "../skm/response-store";
import type { Actor } from "../users/user-store";
import { findUsersByAttendancePins } from "../users/staff-queries";
import { parseAttendanceLog, type LogParseResult, type LogPunch } from "./parse-log";
import { readAttendanceFile } from "./read-log-file";
import type { LogFormat } from "./schemas";

export type UnknownPin = { pin: string; punches: number };
export type AttendanceImportResult = {
  importId: string;
  punches: number;
  added: number;
  duplicates: number;
  unknownPins: UnknownPin[];
  firstDay: string;
  lastDay: string;
};

const MAX_LISTED_ERRORS = 20;

/** A log with bad lines is refused whole (nothing stored), naming each line and why (the first 20). */
function refuseBadLines(errors: LogParseResult["errors"]): AppError {
  const fields = Object.fromEntries(errors.slice(0, MAX_LISTED_ERRORS).map((e) => [`baris ${e.line}`, e.message]));
  const more = errors.length > MAX_LISTED_ERRORS ? ` (${errors.length - MAX_LISTED_ERRORS} baris lain juga salah)` : "";
  return new AppError(
    "VALIDATION",
    `${errors.length} baris log tidak dapat dibaca${more}; tidak ada yang disimpan. Perbaiki berkasnya lalu impor lagi.`,
    { fields },
  );
}

/** Known punches of the file: one per (user, instant), and the PINs no user has, with their punch counts. */
function mapPins(punches: readonly LogPunch[], userByPin: ReadonlyMap<string, string>) {
  const known = new Map<string, { userId: string; punch: LogPunch }>();
  const unknown = new Map<string, number>();
  let repeatedInFile = 0;
  for (const punch of punches) {
    const userId = userByPin.get(punch.pin);
    if (!userId) {
      unknown.set(punch.pin, (unknown.get(punch.pin) ?? 0) + 1);
      continue;
    }
    const key = `${userId}|${punch.at.getTime()}`;
    if (known.has(key)) repeatedInFile++;
    else known.set(key, { userId, punch });
  }
  const unknownPins = [...unknown.entries()]
    .map(([pin, count]) => ({ pin, punches: count }))
    .sort((a, b) => Number(a.pin) - Number(b.pin));
  return { known, unknownPins, repeatedInFile };
}

/**
 * Imports one check-clock log (the terminal's tab-separated attendance log or the vendor software's CSV export).
 * Every line must parse, else nothing is stored (422 naming the lines). Machine PINs are mapped to staff through
 * User.attendancePin; punches of unknown PINs are not stored but reported with their counts (map the PIN, then
 * import the file again). A punch is the user and the instant, so re-importing an overlapping log adds only the
 * punches not yet stored; the import itself (file hash, name, days covered, counts, who and when) is recorded in
 * the same transaction as the punches, and audited.
 */
export async function importAttendanceLog(
  input: { format: LogFormat; text: string; fileName?: string | null; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<AttendanceImportResult> {
  const parsed = parseAttendanceLog(input.format, input.text);
  if (parsed.errors.length > 0) throw refuseBadLines(parsed.errors);
  return storeAttendancePunches({ ...input, punches: parsed.punches }, db);
}

/**
 * Imports one uploaded log file as bytes (the admin form and the API): the terminal's log or the vendor software's
 * CSV in the chosen `format`, or, whatever the format chosen, the vendor software's Excel export when the bytes are
 * an .xlsx file (recorded with format "xlsx"); an old .xls is refused. Same rules as importAttendanceLog.
 */
export async function importAttendanceFile(
  input: { format: LogFormat; bytes: Uint8Array; fileName?: string | null; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<AttendanceImportResult> {
  const file = await readAttendanceFile(input.format, input.bytes);
  if (file.parsed.errors.length > 0) throw refuseBadLines(file.parsed.errors);
  return storeAttendancePunches({ ...input, format: file.format, text: file.text, punches: file.parsed.punches }, db);
}

/** Stores parsed punches as one recorded import (see importAttendanceLog); also used for spreadsheet rows. */
export async function storeAttendancePunches(
  input: {
    format: LogFormat | "xlsx";
    text: string;
    punches: readonly LogPunch[];
    fileName?: string | null;
    actor: Actor;
    now: Date;
  },
  db: Db = getDb(),
): Promise<AttendanceImportResult> {
  if (input.punches.length === 0)
    throw new AppError("VALIDATION", "Berkas tidak memuat satu pun rekaman absensi.", {
      fields: { file: "Berkas kosong atau hanya berisi judul kolom." },
    });
  const instants = input.punches.map((p) => p.at.getTime()).sort((a, b) => a - b);
  const range = { gte: new Date(instants[0]), lte: new Date(instants[instants.length - 1]) };
  const id = randomUUID();
  const attempt = () =>
    db.$transaction(
      async (tx) => {
        const users = await findUsersByAttendancePins([...new Set(input.punches.map((p) => p.pin))], tx);
        const { known, unknownPins, repeatedInFile } = mapPins(
          input.punches,
          new Map(users.map((u) => [u.attendancePin!, u.id])),
        );
        const stored = await tx.attendancePunch.findMany({
          where: { userId: { in: users.map((u) => u.id) }, at: range },
          select: { userId: true, at: true },
        });
        const storedKeys = new Set(stored.map((s) => `${s.userId}|${s.at.getTime()}`));
        const fresh = [...known.entries()].filter(([key]) => !storedKeys.has(key)).map(([, v]) => v);
        // The days the import covers are those of its staff's punches (all punches when no PIN is known yet).
        const days = (known.size > 0 ? [...known.values()].map((k) => k.punch) : input.punches)
          .map((p) => toWibDate(p.at))
          .sort();
        for (let i = 0; i < fresh.length; i += 1000)
          await tx.attendancePunch.createMany({
            data: fresh.slice(i, i + 1000).map(({ userId, punch }) => ({
              userId,
              at: punch.at,
              day: toWibDate(punch.at),
              verifyMode: punch.verifyMode,
              inOut: punch.inOut,
              source: input.format,
              importId: id,
            })),
          });
        const result: AttendanceImportResult = {
          importId: id,
          punches: input.punches.length,
          added: fresh.length,
          duplicates: known.size - fresh.length + repeatedInFile,
          unknownPins,
          firstDay: days[0],
          lastDay: days[days.length - 1],
        };
        await tx.attendanceImport.create({
          data: {
            id,
            contentHash: importContentHash(input.text),
            fileName: input.fileName?.slice(0, 200) ?? null,
            format: input.format,
            punchCount: result.punches,
            added: result.added,
            duplicates: result.duplicates,
            unknownPins: JSON.stringify(unknownPins),
            firstDay: result.firstDay,
            lastDay: result.lastDay,
            importedAt: input.now,
            importedById: input.actor.id,
            importedBy: input.actor.label,
          },
        });
        return result;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  let result: AttendanceImportResult;
  try {
    result = await attempt();
  } catch (error) {
    // Two overlapping imports at once: the loser's transaction rolled back whole; run it again against the winner.
    if (!isUniqueViolation(error)) throw error;
    result = await attempt();
  }
  await recordAudit({
    actorId: input.actor.id,
    actor: input.actor.label,
    action: "import.attendance",
    target: id,
    detail: {
      fileName: input.fileName ?? null,
      format: input.format,
      punches: result.punches,
      added: result.added,
      duplicates: result.duplicates,
      unknownPins: result.unknownPins.map((u) => u.pin),
      firstDay: result.firstDay,
      lastDay: result.lastDay,
    },
  });
  return result;
}
