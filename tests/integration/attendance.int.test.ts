// Issue 20 §2 on the engine of this run: a tab-separated machine log and an overlapping CSV export count each
// punch once, unknown PINs are reported, a bad log stores nothing, and the week of 25–29 May 2026 (Wednesday 27
// Iduladha, Thursday 28 cuti bersama, Friday 29 short hours) is classified as computed by hand below.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { importAttendanceLog } from "@/lib/attendance/import-store";
import * as staffStore from "@/lib/attendance/staff-store";
import {
  getAbsencesWithoutRecord,
  getPersonAttendance,
  getStaffAttendance,
  listCounterAssignments,
  listLeaves,
  listStaffProfiles,
} from "@/lib/attendance/queries";
import { getCounterCoverageView } from "@/lib/attendance/coverage-queries";
import { summariseUnits } from "@/lib/attendance/staff-days";

const { addCounterAssignment, addLeave, deleteCounterAssignment, deleteLeave, setAttendanceProfile } = staffStore;
const admin = { id: null, label: "attendance-admin", role: "ADMIN" as const };
const now = new Date("2026-06-01T02:00:00Z");
let ani = "";
let budi = "";

// Ani (PIN 9101): Monday 25 on cuti (punched anyway), Tuesday 26 in 07:52:59 (late 22 min: start 07:30, grace 15),
// Wednesday 27 a holiday, Friday 29 07:44 – 11:35 (on time; Friday ends 11:30).
// Budi (PIN 9102): Monday 25 no punch (absent without record), Tuesday 26 07:29 – 16:00 (on time),
// Friday 29 07:40 – 11:10 (left early, 20 minutes). PIN 9999 belongs to nobody.
const TAB_LOG = [
  "  9101\t2026-05-25 07:20:05\t1\t0\t0\t0",
  "  9101\t2026-05-25 16:02:00\t1\t1\t0\t0",
  "  9101\t2026-05-26 07:52:59\t1\t0\t0\t0",
  "  9101\t2026-05-26 16:10:00\t1\t1\t0\t0",
  "  9102\t2026-05-26 07:29:00\t15\t0\t0\t0",
  "  9102\t2026-05-26 16:00:00\t15\t1\t0\t0",
  "  9999\t2026-05-26 07:31:00\t1\t0\t0\t0",
  "  9101\t2026-05-26 16:10:00\t1\t1\t0\t0", // the machine wrote this punch twice
].join("\r\n");
// The vendor software's export of 26–29 May: Tuesday again (already imported), then Wednesday and Friday.
const CSV_LOG = [
  "No.,AC-No.,Tanggal,Jam,Verify,State",
  "1,09101,2026-05-26,07:52:59,1,0",
  "2,09101,2026-05-26,16:10:00,1,1",
  "3,9102,2026-05-26,07:29:00,15,0",
  "4,9101,2026-05-27,07:10:00,1,0",
  "5,9101,2026-05-27,12:00:00,1,1",
  "6,9101,2026-05-29,07:44:30,1,0",
  "7,9101,2026-05-29,11:35:00,1,1",
  "8,9102,2026-05-29,07:40:00,1,0",
  "9,9102,2026-05-29,11:10:00,1,1",
  "10,9999,2026-05-29,07:00:00,1,0",
].join("\n");

async function createStaff(email: string, name: string) {
  return (await getDb().user.create({ data: { email, name, role: "OFFICER", passwordHash: "x" } })).id;
}
const punchCount = () => getDb().attendancePunch.count({ where: { userId: { in: [ani, budi] } } });

beforeAll(async () => {
  ani = await createStaff("ani.absensi@test.local", "Ani Absensi");
  budi = await createStaff("budi.absensi@test.local", "Budi Absensi");
  await setAttendanceProfile({ userId: ani, pin: "09101", unit: "Bidang Pelayanan" }, admin);
  await setAttendanceProfile({ userId: budi, pin: "9102", unit: "Bidang Pelayanan" }, admin);
  await addLeave({ userId: ani, kind: "cuti", fromDay: "2026-05-25", toDay: "2026-05-25", note: "" }, admin);
});

describe("check-clock log import", () => {
  it("a PIN belongs to one person; bad lines store nothing", async () => {
    const importsBefore = await getDb().attendanceImport.count();
    await expect(setAttendanceProfile({ userId: budi, pin: "9101" }, admin)).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { pin: "PIN 9101 sudah dipakai oleh Ani Absensi." },
    });
    await expect(
      importAttendanceLog({ format: "tab", text: `${TAB_LOG}\n9101\t2026-05-32 07:00:00\t1\t0`, actor: admin, now }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "baris 9": 'Waktu "2026-05-32 07:00:00" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' },
    });
    expect(await punchCount()).toBe(0);
    expect(await getDb().attendanceImport.count()).toBe(importsBefore);
  });

  it("the tab log, the overlapping CSV and the tab log again count each punch once", async () => {
    const auditsBefore = await getDb().auditLog.count({ where: { action: "import.attendance" } });
    const first = await importAttendanceLog({
      format: "tab",
      text: TAB_LOG,
      fileName: "1_attlog.dat",
      actor: admin,
      now,
    });
    // 8 lines: 7 of known PINs, one of them a repeat → 6 stored; PIN 9999 reported with its 1 punch.
    expect(first).toMatchObject({
      punches: 8,
      added: 6,
      duplicates: 1,
      unknownPins: [{ pin: "9999", punches: 1 }],
      firstDay: "2026-05-25",
      lastDay: "2026-05-26",
    });
    const second = await importAttendanceLog({
      format: "csv",
      text: CSV_LOG,
      fileName: "export.csv",
      actor: admin,
      now,
    });
    // 10 rows: 3 Tuesday punches already stored, 6 new, PIN 9999 once.
    expect(second).toMatchObject({ punches: 10, added: 6, duplicates: 3, unknownPins: [{ pin: "9999", punches: 1 }] });
    const again = await importAttendanceLog({ format: "tab", text: TAB_LOG, actor: admin, now });
    expect(again).toMatchObject({ added: 0, duplicates: 7 });
    expect(await punchCount()).toBe(12);
    const stored = await getDb().attendanceImport.findMany();
    const imports = [first, second, again].map((r) => stored.find((i) => i.id === r.importId)!);
    expect(
      imports.map((i) => `${i.format}:${i.fileName}:${i.added}/${i.punchCount}:${i.firstDay}..${i.lastDay}`),
    ).toEqual([
      "tab:1_attlog.dat:6/8:2026-05-25..2026-05-26",
      "csv:export.csv:6/10:2026-05-26..2026-05-29",
      "tab:null:0/8:2026-05-25..2026-05-26",
    ]);
    expect(await getDb().auditLog.count({ where: { action: "import.attendance" } })).toBe(auditsBefore + 3);
  });

  it("classifies the hand-computed week and lists the absence without record", async () => {
    const { people } = await getStaffAttendance({ from: "2026-05-25", to: "2026-05-31", userIds: [ani, budi] });
    const byName = Object.fromEntries(people.map((p) => [p.name, p]));
    const statuses = (name: string) => byName[name].days.map((d) => `${d.date.slice(8)}:${d.status}`);
    expect(statuses("Ani Absensi")).toEqual([
      "25:on_leave",
      "26:late",
      "27:not_working_day",
      "28:not_working_day",
      "29:on_time",
      "30:not_working_day",
      "31:not_working_day",
    ]);
    expect(statuses("Budi Absensi").slice(0, 5)).toEqual([
      "25:absent",
      "26:on_time",
      "27:not_working_day",
      "28:not_working_day",
      "29:left_early",
    ]);
    expect(byName["Ani Absensi"].days[1]).toMatchObject({ arrival: "07:52", departure: "16:10", lateMinutes: 22 });
    expect(byName["Budi Absensi"].days[4]).toMatchObject({ arrival: "07:40", departure: "11:10", earlyMinutes: 20 });
    expect(byName["Ani Absensi"].figures).toMatchObject({
      workingDays: 3,
      leaveDays: 1,
      presentDays: 2,
      onTimeDays: 1,
      totalLateMinutes: 22,
      punctualityRate: 0.5,
      attendanceRate: 1,
    });
    // Budi: 3 working days, 2 present (one on time, one left early) → punctuality 1/2, attendance 2/3.
    expect(byName["Budi Absensi"].figures).toMatchObject({
      workingDays: 3,
      absentDays: 1,
      presentDays: 2,
      onTimeDays: 1,
      leftEarlyDays: 1,
      punctualityRate: 0.5,
      attendanceRate: 2 / 3,
    });
    // The unit pools the days: 4 present, 2 on time; 5 due (6 working − 1 leave), 4 present.
    expect(summariseUnits(people)).toEqual([
      {
        unit: "Bidang Pelayanan",
        members: 2,
        figures: expect.objectContaining({ presentDays: 4, onTimeDays: 2, punctualityRate: 0.5, attendanceRate: 0.8 }),
      },
    ]);
    const absences = await getAbsencesWithoutRecord({ from: "2026-05-25", to: "2026-05-31" });
    expect(absences.filter((a) => [ani, budi].includes(a.userId))).toEqual([
      { userId: budi, name: "Budi Absensi", unit: "Bidang Pelayanan", date: "2026-05-25" },
    ]);
    // Monday 1 June lies outside every imported log: no data, not an absence.
    const june = await getStaffAttendance({ from: "2026-06-02", to: "2026-06-02", userIds: [budi] });
    expect(june.people[0].days[0].status).toBe("no_data");
    // A log holding only PINs nobody has says nothing about the staff: Wednesday 3 June stays without data.
    await importAttendanceLog({ format: "tab", text: "9999\t2026-06-03 07:00:00\t1\t0", actor: admin, now });
    const wednesday = await getStaffAttendance({ from: "2026-06-03", to: "2026-06-03", userIds: [budi] });
    expect(wednesday.people[0].days[0].status).toBe("no_data");
  });

  it("counter coverage joins the roster with the officer's days", async () => {
    const counter = await getDb().counter.findFirstOrThrow({ where: { code: "L1" } });
    await addCounterAssignment({ counterId: String(counter.id), userId: ani, fromDay: "2026-05-01", toDay: "" }, admin);
    await expect(
      addCounterAssignment({ counterId: counter.id, userId: ani, fromDay: "2026-05-20", toDay: "2026-05-22" }, admin),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const rows = await getCounterCoverageView({ from: "2026-05-25", to: "2026-05-31" });
    const l1 = rows.find((r) => r.counter.code === "L1")!;
    // 25: Ani on cuti, nobody else rostered → unstaffed; 26: she came 07:52 → opened late; 29: 07:44 → staffed.
    expect(l1.coverage.days.map((d) => `${d.date.slice(8)}:${d.status}:${d.firstArrival ?? "-"}`)).toEqual([
      "25:unstaffed:-",
      "26:late_opening:07:52",
      "29:staffed:07:44",
    ]);
    expect(l1.coverage).toMatchObject({ recordedDays: 3, staffedDays: 1, coverageRate: 1 / 3 });
    expect(rows.find((r) => r.counter.code === "L2")?.coverage.noRosterDays).toBe(3);
  });

  it("the admin lists name each leave's person and each roster entry's counter and officer; deletes audit them", async () => {
    const counter = await getDb().counter.findFirstOrThrow({ where: { code: "L2" } });
    const roster = await addCounterAssignment(
      { counterId: counter.id, userId: budi, fromDay: "2026-07-01", toDay: "2026-07-31" },
      admin,
    );
    const leave = await addLeave(
      { userId: budi, kind: "sakit", fromDay: "2026-07-06", toDay: "2026-07-07", note: "" },
      admin,
    );
    const leaves = (await listLeaves({ from: "2026-07-01", to: "2026-07-31" })).filter((l) => l.userId === budi);
    expect(leaves.map((l) => `${l.user.name}:${l.kind}:${l.fromDay}..${l.toDay}`)).toEqual([
      "Budi Absensi:sakit:2026-07-06..2026-07-07",
    ]);
    expect((await listCounterAssignments()).find((r) => r.id === roster.id)).toMatchObject({
      counter: { code: "L2", name: counter.name },
      user: { name: "Budi Absensi", attendancePin: "9102" },
    });
    expect((await listStaffProfiles()).find((p) => p.id === budi)).toMatchObject({
      email: "budi.absensi@test.local",
      attendancePin: "9102",
      unit: "Bidang Pelayanan",
    });
    expect((await getPersonAttendance(budi, { from: "2026-07-06", to: "2026-07-06" }))?.profile).toEqual({
      id: budi,
      name: "Budi Absensi",
      unit: "Bidang Pelayanan",
      attendancePin: "9102",
    });
    expect(await deleteLeave(leave.id, admin)).toBe(true);
    expect(await deleteLeave(leave.id, admin)).toBe(false);
    expect(await deleteCounterAssignment(roster.id, admin)).toBe(true);
    const audits = await getDb().auditLog.findMany({
      where: { action: { in: ["attendance.leave.delete", "attendance.roster.delete"] }, actor: admin.label },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => `${a.action}:${a.target}:${JSON.parse(a.detail ?? "{}").user ?? "-"}`)).toEqual([
      "attendance.leave.delete:budi.absensi@test.local:-",
      "attendance.roster.delete:L2:budi.absensi@test.local",
    ]);
  });
});
