import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { isOverdueOn } from "@/lib/calendar/working-days";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { getApplicationDetail } from "@/lib/applications/applications-store";
import { getProcessingSummary, overdueSql } from "@/lib/applications/processing-summary-queries";
import { OVERDUE_LIST_LENGTH, getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";

// Issue 19: "overdue" has one definition (isOverdueOn); the summary counts it in SQL (overdueSql), the dashboard's
// list and aging chart in JS, the application detail through the SLA clock. Hand-made files around the 2026
// Nyepi/Idulfitri closure (18–24 March closed: 18, 20, 23, 24 cuti bersama, 19 and 21–22 holidays), seen on
// Wednesday 25 March 2026 (WIB).
const TODAY = "2026-03-25";
const NOW = new Date(`${TODAY}T10:00:00+07:00`);
const system = { id: null, label: "test", role: "ADMIN" as const };

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";
const file = (no: string, type: string, submitted: string, status: string, returned = "", resumed = "") =>
  `${no},${type},Pemohon ${no},individual,Kota,Kemasan,${submitted}T09:00,,${status},,L1,,,,${returned ? `${returned}T10:00` : ""},${resumed ? `${resumed}T09:00` : ""}`;

// Each file with its due date counted by hand (day 0 = submission; SLA: IUMK 1, SPPL 3, REKLAME 5 working days).
const CASES = [
  // 17 Mar + 3: 25, 26, 27 (18–24 closed) → due Fri 27 Mar: not yet.
  { no: "OD-A", row: file("OD-A", "SPPL", "2026-03-17", "in_process"), due: "2026-03-27", overdue: false },
  // Fri 13 Mar + 1: Mon 16 → overdue.
  { no: "OD-B", row: file("OD-B", "IUMK", "2026-03-13", "in_process"), due: "2026-03-16", overdue: true },
  // Mon 16 Mar + 3: 17, 25, 26 → due 26: not yet, though it is the 2nd working day only.
  { no: "OD-C", row: file("OD-C", "SPPL", "2026-03-16", "in_process"), due: "2026-03-26", overdue: false },
  // Tue 17 Mar + 1: 25 → due today: not overdue on the due date itself.
  { no: "OD-D", row: file("OD-D", "IUMK", "2026-03-17", "in_process"), due: "2026-03-25", overdue: false },
  // Mon 2 Mar + 5: 3, 4, 5, 6, 9 → due 9 Mar; returned on 12 Mar, already late: overdue while returned.
  {
    no: "OD-E",
    row: file("OD-E", "REKLAME", "2026-03-02", "returned", "2026-03-12"),
    due: "2026-03-09",
    overdue: true,
  },
  // Mon 9 Mar + 5: 10, 11, 12, 13, 16 → due 16; returned ON 16 Mar: the clock stopped in time, not overdue.
  {
    no: "OD-F",
    row: file("OD-F", "REKLAME", "2026-03-09", "returned", "2026-03-16"),
    due: "2026-03-16",
    overdue: false,
  },
  // Mon 2 Mar + 5 with 4–9 Mar returned (back on 10): 3, 10, 11, 12, 13 → due 13: overdue.
  {
    no: "OD-G",
    row: file("OD-G", "REKLAME", "2026-03-02", "in_process", "2026-03-04", "2026-03-10"),
    due: "2026-03-13",
    overdue: true,
  },
  // Fri 13 Mar + 5: 16, 17, 25, 26, 27 → due 27: not yet.
  { no: "OD-H", row: file("OD-H", "REKLAME", "2026-03-13", "in_process"), due: "2026-03-27", overdue: false },
];

beforeAll(async () => {
  const result = await importApplicationsCsv([HEADER, ...CASES.map((c) => c.row)].join("\n"), { actor: system });
  expect(result).toMatchObject({ committed: true, imported: CASES.length });
});

async function stored() {
  return getDb().application.findMany({
    where: { registrationNo: { startsWith: "OD-" } },
    select: { registrationNo: true, status: true, dueDate: true, pausedSince: true },
    orderBy: { registrationNo: "asc" },
  });
}

describe("overdue: one definition, every path", () => {
  it("stores the hand-counted due dates (holidays and closed pauses move them, an open return does not)", async () => {
    expect((await stored()).map((row) => [row.registrationNo, row.dueDate, row.pausedSince])).toEqual(
      CASES.map((c) => [c.no, c.due, c.no === "OD-E" ? "2026-03-12" : c.no === "OD-F" ? "2026-03-16" : null]),
    );
  });

  it("the JS rule, the SQL rule and the SLA clock agree with the hand-made answers", async () => {
    const expected = CASES.filter((c) => c.overdue).map((c) => c.no);
    const js = (await stored()).filter((row) => isOverdueOn(row.dueDate, row.pausedSince, TODAY));
    expect(js.map((row) => row.registrationNo)).toEqual(expected);
    const sqlRows = await getDb().$queryRaw<Array<{ registrationNo: string }>>(
      Prisma.sql`SELECT "registrationNo" FROM "Application"
        WHERE "registrationNo" LIKE 'OD-%' AND "status" IN ('in_process', 'returned') AND ${overdueSql(TODAY)}
        ORDER BY "registrationNo"`,
    );
    expect(sqlRows.map((row) => row.registrationNo)).toEqual(expected);
    for (const c of CASES) {
      const detail = await getApplicationDetail(c.no, NOW);
      expect([c.no, detail?.overdue]).toEqual([c.no, c.overdue]);
    }
  });

  it("the summary's count (SQL) equals the dashboard's overdue list and aging chart (JS) over every open file", async () => {
    const filter = { from: "2026-01-01", to: TODAY };
    const [summary, dashboard] = await Promise.all([
      getProcessingSummary(filter, NOW),
      // The download's longer list: the other files of the run's database may fill the page's first ten.
      getProcessingDashboard(filter, NOW, getDb(), OVERDUE_LIST_LENGTH.export),
    ]);
    expect(summary.overdue).toBeGreaterThanOrEqual(3);
    expect(dashboard.aging.overdueCount).toBe(summary.overdue);
    expect(dashboard.summary.overdue).toBe(summary.overdue);
    const listed = dashboard.overdueList.map((row) => row.registrationNo).filter((no) => no.startsWith("OD-"));
    expect(listed.sort()).toEqual(["OD-B", "OD-E", "OD-G"]);
  });
});
