import "server-only";
import type { Db } from "../db/client";
import type { DemoSeedOptions } from "./index";
import { createRandom, type Random } from "./random";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { addCalendarDays, isWorkingDay, toWibDate, type WorkCalendar } from "../calendar/working-days";
import { officeHoursOn } from "../attendance/classify";
import { lastWeekWindow } from "../attendance/month";
import { DEFAULT_ATTENDANCE_RULES, type TAttendanceRules } from "../attendance/schemas";
import { importAttendanceLog } from "../attendance/import-store";
import { addHoursOverride } from "../attendance/rules-store";
import { addCounterAssignment, addLeave, setAttendanceProfile } from "../attendance/staff-store";

const SYSTEM = { id: null, label: "system", role: "ADMIN" as const };
const WEEKS = 8;
/** Not a scrypt hash, so no password matches it: the demo colleagues are measured but cannot sign in. */
const NO_SIGN_IN = "!";
const RAMADAN_HOURS = { start: "08:00", end: "15:00" };
const RAMADAN_1447 = {
  name: "Ramadan 1447 H",
  from: "2026-02-18",
  to: "2026-03-19",
  hours: {
    "1": RAMADAN_HOURS,
    "2": RAMADAN_HOURS,
    "3": RAMADAN_HOURS,
    "4": RAMADAN_HOURS,
    "5": { start: "08:00", end: "15:30" },
  },
};
const DEMO_RULES: TAttendanceRules = { ...DEFAULT_ATTENDANCE_RULES, overrides: [RAMADAN_1447] };

/** Staff measured in the demo: the demo accounts plus four colleagues without a demo sign-in. */
const DEMO_STAFF: { email: string; name?: string; pin: string; unit: string; lateChance: number }[] = [
  { email: "admin@lentera.demo", pin: "1", unit: "Sekretariat", lateChance: 0.05 },
  { email: "pimpinan@lentera.demo", pin: "2", unit: "Pimpinan", lateChance: 0.03 },
  { email: "perencana@lentera.demo", pin: "3", unit: "Bidang Penanaman Modal", lateChance: 0.08 },
  { email: "petugas@lentera.demo", pin: "4", unit: "Bidang Pelayanan Perizinan", lateChance: 0.1 },
  { email: "petugas2@lentera.demo", pin: "5", unit: "Bidang Pelayanan Perizinan", lateChance: 0.12 },
  { email: "rudi.staf@lentera.demo", name: "Rudi Staf Umum", pin: "6", unit: "Sekretariat", lateChance: 0.25 },
  { email: "wati.arsip@lentera.demo", name: "Wati Arsiparis", pin: "7", unit: "Sekretariat", lateChance: 0.06 },
  {
    email: "joko.teknis@lentera.demo",
    name: "Joko Tim Teknis",
    pin: "8",
    unit: "Bidang Penanaman Modal",
    lateChance: 0.15,
  },
  {
    email: "sinta.loket@lentera.demo",
    name: "Sinta Petugas Loket",
    pin: "9",
    unit: "Bidang Pelayanan Perizinan",
    lateChance: 0.1,
  },
];
/** The colleague whose last working day of last week is an absence without record (the weekly review shows it). */
const ABSENT_LAST_WEEK = "rudi.staf@lentera.demo";

const pad = (n: number) => String(n).padStart(2, "0");
const stamp = (day: string, minuteOfDay: number, second: number) =>
  `${day} ${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}:${pad(second)}`;
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** One person's machine lines for one working day (none when absent). */
function dayLines(random: Random, pin: string, day: string, hours: { start: string; end: string }, lateChance: number) {
  if (random.chance(0.02)) return [];
  const start = minutes(hours.start);
  const end = minutes(hours.end);
  const arrival = random.chance(lateChance) ? start + random.int(16, 50) : start - random.int(2, 35);
  const lines = [`${pin}\t${stamp(day, arrival, random.int(0, 59))}\t1\t0\t0\t0`];
  if (random.chance(0.03)) return lines; // forgot to punch out
  const departure = random.chance(0.05) ? end - random.int(5, 40) : end + random.int(0, 40);
  lines.push(`${pin}\t${stamp(day, departure, random.int(0, 59))}\t1\t1\t0\t0`);
  return lines;
}

/** The demo's check-clock log: WEEKS weeks up to yesterday, plus a former employee's PIN nobody has any more. */
export function demoAttendanceLog(
  calendar: WorkCalendar,
  today: string,
  leaveDays: ReadonlyMap<string, ReadonlySet<string>>,
): string {
  const random = createRandom(20_260_520);
  const absentDay = lastWorkingDay(calendar, lastWeekWindow(today));
  const lines: string[] = [];
  for (let day = addCalendarDays(today, -7 * WEEKS); day < today; day = addCalendarDays(day, 1)) {
    const hours = officeHoursOn(DEMO_RULES, day);
    if (!hours || !isWorkingDay(calendar, day)) continue;
    for (const s of DEMO_STAFF) {
      if (leaveDays.get(s.email)?.has(day)) continue;
      if (s.email === ABSENT_LAST_WEEK && day === absentDay) continue;
      lines.push(...dayLines(random, s.pin, day, hours, s.lateChance));
    }
    if (random.chance(0.3)) lines.push(`31\t${stamp(day, 7 * 60 + random.int(0, 40), random.int(0, 59))}\t1\t0\t0\t0`);
  }
  return lines.join("\r\n");
}

function lastWorkingDay(calendar: WorkCalendar, window: { from: string; to: string }): string | null {
  for (let day = window.to; day >= window.from; day = addCalendarDays(day, -1))
    if (isWorkingDay(calendar, day) && officeHoursOn(DEMO_RULES, day)) return day;
  return null;
}

/**
 * Demo attendance (issue 20): PINs and units, the counter roster, some recorded leave, Ramadan 1447 H hours, and
 * eight weeks of punches imported through the real log import, with one absence without record last week.
 */
export async function seedDemoAttendance(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.attendanceImport.count()) > 0) return;
  const today = toWibDate(options.today);
  const users = new Map<string, string>();
  for (const s of DEMO_STAFF) {
    const user = await db.user.upsert({
      where: { email: s.email },
      update: {},
      create: {
        email: s.email,
        name: s.name ?? s.email,
        role: "OFFICER",
        passwordHash: NO_SIGN_IN,
      },
    });
    users.set(s.email, user.id);
    await setAttendanceProfile({ userId: user.id, pin: s.pin, unit: s.unit }, SYSTEM, db);
  }
  const counters = await db.counter.findMany({ where: { code: { in: ["L1", "L2", "L3"] } } });
  const rosterFrom = addCalendarDays(today, -7 * WEEKS);
  const roster: [string, string][] = [
    ["L1", "petugas@lentera.demo"],
    ["L2", "petugas2@lentera.demo"],
    ["L3", "sinta.loket@lentera.demo"],
  ];
  for (const [code, email] of roster) {
    const counter = counters.find((c) => c.code === code);
    if (counter)
      await addCounterAssignment({ counterId: counter.id, userId: users.get(email)!, fromDay: rosterFrom }, SYSTEM, db);
  }
  const leave: { email: string; kind: string; from: number; to: number }[] = [
    { email: "perencana@lentera.demo", kind: "cuti", from: -20, to: -18 },
    { email: "joko.teknis@lentera.demo", kind: "dinas_luar", from: -12, to: -11 },
    { email: "wati.arsip@lentera.demo", kind: "sakit", from: -4, to: -4 },
  ];
  const leaveDays = new Map<string, Set<string>>();
  for (const l of leave) {
    const fromDay = addCalendarDays(today, l.from);
    const toDay = addCalendarDays(today, l.to);
    await addLeave({ userId: users.get(l.email)!, kind: l.kind, fromDay, toDay, note: "" }, SYSTEM, db);
    const days = leaveDays.get(l.email) ?? new Set<string>();
    for (let d = fromDay; d <= toDay; d = addCalendarDays(d, 1)) days.add(d);
    leaveDays.set(l.email, days);
  }
  await addHoursOverride(RAMADAN_1447, SYSTEM, db);
  const calendar = await loadWorkCalendar(db);
  const text = demoAttendanceLog(calendar, today, leaveDays);
  if (text === "") return;
  await importAttendanceLog(
    { format: "tab", text, fileName: "demo-1_attlog.dat", actor: SYSTEM, now: options.today },
    db,
  );
}
