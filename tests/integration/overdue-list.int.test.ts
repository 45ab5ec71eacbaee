import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deleteApplications } from "../support/delete-applications";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { getProcessingExport } from "@/lib/applications/processing-export-queries";
import { overdueDrill } from "@/lib/applications/overdue-filter";
import { parseTableParams } from "@/lib/table/schemas";

// The processing dashboard shows only the first overdue files; "see all" opens the applications list with
// `terlambat=1`, which must hold exactly the open files overdue by overdueSql's rule ("dueDate" < COALESCE(
// "pausedSince", today)), as many as the dashboard's overdue figure for the same slice. Seen on Wednesday 25 March
// 2026 (WIB), after the Nyepi/Idulfitri closure (18–24 March closed). SLA: IUMK 1, REKLAME 5 working days.
const TODAY = "2026-03-25";
const NOW = new Date(`${TODAY}T10:00:00+07:00`);
const system = { id: null, label: "test", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";
const file = (
  no: string,
  type: string,
  submitted: string,
  status: string,
  opts: { returned?: string; done?: string; mojoroto?: boolean } = {},
) =>
  [
    no,
    type,
    `Pemohon ${no}`,
    "individual",
    opts.mojoroto ? "Mojoroto" : "Kota",
    opts.mojoroto ? "Bandar Lor" : "Kemasan",
    `${submitted}T09:00`,
    opts.done ? `${opts.done}T15:00` : "",
    status,
    "",
    "L1",
    "",
    "",
    "",
    opts.returned ? `${opts.returned}T10:00` : "",
    "",
  ].join(",");

// Each file with its due date and open pause counted by hand, and whether it is overdue today.
const CASES = [
  // Fri 13 Mar + 1 → due Mon 16: overdue.
  {
    no: "ODL-A",
    row: file("ODL-A", "IUMK", "2026-03-13", "in_process"),
    due: "2026-03-16",
    paused: null,
    overdue: true,
  },
  // Tue 17 Mar + 1 → due 25 (today): not overdue on its due date.
  {
    no: "ODL-B",
    row: file("ODL-B", "IUMK", "2026-03-17", "in_process"),
    due: "2026-03-25",
    paused: null,
    overdue: false,
  },
  // Mon 2 Mar + 5 → due 9; returned on 12 Mar, still waiting: the due date passed before the pause began: overdue.
  {
    no: "ODL-C",
    row: file("ODL-C", "REKLAME", "2026-03-02", "returned", { returned: "2026-03-12" }),
    due: "2026-03-09",
    paused: "2026-03-12",
    overdue: true,
  },
  // Mon 9 Mar + 5 → due 16; returned on 12 Mar, still waiting: the clock stopped before the due date — not overdue,
  // though the due date is before today.
  {
    no: "ODL-D",
    row: file("ODL-D", "REKLAME", "2026-03-09", "returned", { returned: "2026-03-12" }),
    due: "2026-03-16",
    paused: "2026-03-12",
    overdue: false,
  },
  // Mon 2 Mar + 5 → due 9, in process, in Mojoroto: overdue.
  {
    no: "ODL-E",
    row: file("ODL-E", "REKLAME", "2026-03-02", "in_process", { mojoroto: true }),
    due: "2026-03-09",
    paused: null,
    overdue: true,
  },
  // Finished late (due 16, issued 17 Mar): not open, never on the overdue list.
  {
    no: "ODL-F",
    row: file("ODL-F", "IUMK", "2026-03-13", "issued", { done: "2026-03-17" }),
    due: "2026-03-16",
    paused: null,
    overdue: false,
  },
];

// More overdue files than the dashboard page shows (IUMK, due Mon 16 Mar), so the page's and the download's lists
// differ; outside the "ODL-" search of the exact lists.
const MORE = Array.from({ length: 11 }, (_, i) =>
  file(`ODM-${String(i + 1).padStart(2, "0")}`, "IUMK", "2026-03-13", "in_process"),
);

let mojoroto = "";
let types: { id: number; code: string }[] = [];

async function overdueList(raw: Record<string, string>, q = "ODL-") {
  const { where, invalid } = overdueDrill({ terlambat: "1", ...raw }, types, NOW);
  expect(invalid).toBeNull();
  const page = await listApplicationsPage(
    parseTableParams(APPLICATION_TABLE, { sort: "registrationNo", size: "100", q }),
    where,
  );
  return { total: page.total, files: page.rows.map((row) => row.registrationNo) };
}

beforeAll(async () => {
  const result = await importApplicationsCsv([HEADER, ...CASES.map((c) => c.row), ...MORE].join("\n"), {
    actor: system,
  });
  expect(result).toMatchObject({ committed: true, imported: CASES.length + MORE.length });
  mojoroto = (await getDb().kecamatan.findFirstOrThrow({ where: { name: "Mojoroto" } })).code;
  types = await getDb().licenseType.findMany({ select: { id: true, code: true } });
});

// The run's database is shared with the other files: leave none of these files behind (the finished one's day
// aggregates recounted after).
afterAll(async () => {
  const mine = { OR: [{ registrationNo: { startsWith: "ODL-" } }, { registrationNo: { startsWith: "ODM-" } }] };
  await deleteApplications(mine);
  expect(await getDb().application.count({ where: mine })).toBe(0);
});

describe("the applications list's overdue filter (terlambat=1)", () => {
  it("stores the hand-counted due dates and open pauses", async () => {
    const rows = await getDb().application.findMany({
      where: { registrationNo: { startsWith: "ODL-" } },
      select: { registrationNo: true, dueDate: true, pausedSince: true },
      orderBy: { registrationNo: "asc" },
    });
    expect(rows.map((row) => [row.registrationNo, row.dueDate, row.pausedSince])).toEqual(
      CASES.map((c) => [c.no, c.due, c.paused]),
    );
  });

  it("lists exactly the open overdue files: a pause after the due date counts, one before it does not", async () => {
    const expected = CASES.filter((c) => c.overdue).map((c) => c.no);
    expect(expected).toEqual(["ODL-A", "ODL-C", "ODL-E"]);
    expect(await overdueList({})).toEqual({ total: 3, files: expected });
  });

  it("keeps the dashboard's licence type and kecamatan, and combines with the search box", async () => {
    expect(await overdueList({ licenseType: "REKLAME" })).toEqual({ total: 2, files: ["ODL-C", "ODL-E"] });
    expect(await overdueList({ kecamatan: mojoroto })).toEqual({ total: 1, files: ["ODL-E"] });
    expect(await overdueList({ licenseType: "IUMK", kecamatan: mojoroto })).toEqual({ total: 0, files: [] });
    expect(await overdueList({}, "Pemohon ODL-C")).toEqual({ total: 1, files: ["ODL-C"] });
    expect(await overdueList({}, "Pemohon ODL-D")).toEqual({ total: 0, files: [] });
  });

  it("counts the dashboard's overdue figure for every slice, over every file of the database", async () => {
    const reklame = types.find((lt) => lt.code === "REKLAME")!.id;
    const slices: { filter: { kecamatanCode?: string; licenseTypeId?: number }; raw: Record<string, string> }[] = [
      { filter: {}, raw: {} },
      { filter: { kecamatanCode: mojoroto }, raw: { kecamatan: mojoroto } },
      { filter: { licenseTypeId: reklame }, raw: { licenseType: "REKLAME" } },
    ];
    for (const slice of slices) {
      const dashboard = await getProcessingDashboard(
        { from: "2026-01-01", to: TODAY, licenseTypeId: null, kecamatanCode: null, ...slice.filter },
        NOW,
      );
      expect(dashboard.summary.overdue, JSON.stringify(slice.raw)).toBeGreaterThan(0);
      expect((await overdueList(slice.raw, "")).total, JSON.stringify(slice.raw)).toBe(dashboard.summary.overdue);
    }
  });

  it("shows the page the ten longest-overdue files, the download the longer list they begin", async () => {
    const [dashboard, exported] = await Promise.all([
      getProcessingDashboard({ from: "2026-01-01", to: TODAY }, NOW),
      getProcessingExport({ from: "2026-01-01", to: TODAY }, NOW),
    ]);
    expect(dashboard.summary.overdue).toBeGreaterThanOrEqual(14);
    expect(dashboard.overdueList).toHaveLength(10);
    expect(exported.data.overdueList).toHaveLength(Math.min(50, dashboard.summary.overdue));
    expect(exported.data.overdueList.slice(0, 10)).toEqual(dashboard.overdueList);
  });
});
