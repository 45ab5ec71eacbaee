// Issue 20 §2 on the engine of this run: the vendor software's Excel export (.xlsx) of the check-clock, read through
// the spreadsheet reader whatever format was chosen: a title row above the header, real Excel date-time cells and a
// text time, WIB wall-clock times stored as UTC instants; the same file again adds nothing; a bad row is named by its
// Excel row number and nothing is stored; an old .xls is refused; the API accepts the .xlsx media type.
// Its days (2–4 March 2026) lie outside every other attendance test's imported days (their "no data" days stay so).
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAttendanceImport } from "@/app/api/v1/attendance/import/route";
import { getDb } from "@/lib/db/client";
import { importAttendanceFile } from "@/lib/attendance/import-store";
import { setAttendanceProfile } from "@/lib/attendance/staff-store";
import { createApiToken } from "@/lib/users/user-store";
import { workbookOf, type CellValue } from "../support/xlsx";

const admin = { id: null, label: "attendance-xlsx-admin", role: "ADMIN" as const };
const now = new Date("2026-03-10T02:00:00Z");
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let citra = "";

// Excel dates have no zone: the UTC fields hold the wall-clock time as typed (WIB).
const wib = (text: string) => new Date(`${text}Z`);
const HEADER: CellValue[] = ["No.", "AC-No.", "Nama", "Waktu", "Verify", "State"];
const TITLE: CellValue[] = ["Laporan Absensi 2–3 Maret 2026"];
const ROWS: CellValue[][] = [
  [1, 9201, "Citra", wib("2026-03-02T07:41:15"), 1, 0], // row 3
  [2, 9201, "Citra", wib("2026-03-02T16:05:00"), 1, 1], // row 4
  [3, "09201", "Citra", "03/03/2026 07:29:30", 15, 0], // row 5: a text cell, day first
  [4, 9299, "Tamu", wib("2026-03-03T08:00:00"), 1, 0], // row 6: a PIN nobody has
];
const citraPunches = () =>
  getDb().attendancePunch.findMany({
    where: { userId: citra },
    orderBy: { at: "asc" },
    select: { at: true, source: true },
  });

beforeAll(async () => {
  citra = (
    await getDb().user.create({
      data: { email: "citra.xlsx@test.local", name: "Citra Excel", role: "OFFICER", passwordHash: "x" },
    })
  ).id;
  await setAttendanceProfile({ userId: citra, pin: "9201", unit: "Bidang Pelayanan" }, admin);
});

describe("check-clock Excel import", () => {
  it("a malformed row is named by its Excel row and nothing is stored; an .xls is refused", async () => {
    const importsBefore = await getDb().attendanceImport.count();
    const bad = await workbookOf([TITLE, HEADER, ...ROWS, [5, 9201, "Citra", "2026-03-03 25:00", 1, 1]]);
    await expect(importAttendanceFile({ format: "csv", bytes: bad, actor: admin, now })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "baris 7": 'Waktu "2026-03-03 25:00" tidak valid (harus TTTT-BB-HH JJ:MM:DD).' },
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(importAttendanceFile({ format: "csv", bytes: xls, actor: admin, now })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { file: "Format .xls tidak didukung." },
    });
    expect(await citraPunches()).toEqual([]);
    expect(await getDb().attendanceImport.count()).toBe(importsBefore);
  });

  it("reads title row, header, Excel dates and text times as WIB; the same file again adds nothing", async () => {
    const file = await workbookOf([TITLE, HEADER, ...ROWS]);
    // The form's format says tab: the bytes are an .xlsx, so the spreadsheet path reads it.
    const first = await importAttendanceFile({
      format: "tab",
      bytes: file,
      fileName: "absensi.xlsx",
      actor: admin,
      now,
    });
    expect(first).toMatchObject({
      punches: 4,
      added: 3,
      duplicates: 0,
      unknownPins: [{ pin: "9299", punches: 1 }],
      firstDay: "2026-03-02",
      lastDay: "2026-03-03",
    });
    expect(await citraPunches()).toEqual([
      { at: new Date("2026-03-02T00:41:15Z"), source: "xlsx" },
      { at: new Date("2026-03-02T09:05:00Z"), source: "xlsx" },
      { at: new Date("2026-03-03T00:29:30Z"), source: "xlsx" },
    ]);
    const again = await importAttendanceFile({ format: "csv", bytes: file, actor: admin, now });
    expect(again).toMatchObject({ punches: 4, added: 0, duplicates: 3 });
    expect(await citraPunches()).toHaveLength(3);
    const stored = await getDb().attendanceImport.findMany({ where: { id: { in: [first.importId, again.importId] } } });
    expect(stored.map((i) => `${i.format}:${i.fileName}:${i.added}/${i.punchCount}`).sort()).toEqual([
      "xlsx:absensi.xlsx:3/4",
      "xlsx:null:0/4",
    ]);
    expect(stored[0].contentHash).toBe(stored[1].contentHash);
  });

  it("POST /api/v1/attendance/import accepts the .xlsx media type", async () => {
    const { token } = await createApiToken({ name: "attendance-xlsx", role: "ADMIN" }, admin);
    const file = await workbookOf([HEADER, [1, 9201, "Citra", wib("2026-03-04T07:35:00"), 1, 0]]);
    const response = await postAttendanceImport(
      new Request("http://localhost/api/v1/attendance/import?format=csv&fileName=api.xlsx", {
        method: "POST",
        headers: { "content-type": XLSX_TYPE, authorization: `Bearer ${token}` },
        body: Buffer.from(file),
      }),
      undefined,
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ punches: 1, added: 1, firstDay: "2026-03-04" });
    expect(await citraPunches()).toHaveLength(4);
  });
});
