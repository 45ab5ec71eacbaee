import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deleteApplications } from "../support/delete-applications";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { FEE_LIST_LENGTH, getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { getProcessingExport } from "@/lib/applications/processing-export-queries";
import { feeDiscrepancyDrill } from "@/lib/applications/fee-discrepancy-filter";
import { parseTableParams } from "@/lib/table/schemas";

// The processing dashboard shows only the most recent fee discrepancies; "see all" opens the applications list with
// `selisihTarif=1&selesaiDari=…&selesaiSampai=…`, which must hold exactly the files finished in the period whose
// fee differs from the official tariff, as many as the dashboard's "Selisih tarif" figure for the same slice.
const FROM = "2026-02-02";
const TO = "2026-02-27";
const NOW = new Date("2026-03-25T10:00:00+07:00");
const system = { id: null, label: "test", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";

type Case = {
  no: string;
  type: "IUMK" | "REKLAME";
  submitted: string;
  done: string | null;
  /** Rupiah above the licence type's tariff (0: the tariff itself). */
  over: number;
  mojoroto?: boolean;
  /** Finished in [FROM, TO] with a fee other than the tariff: on the list. */
  listed: boolean;
};

const CASES: Case[] = [
  // Finished on the period's first day, charged more than the tariff.
  { no: "FDL-A", type: "IUMK", submitted: "2026-01-30", done: "2026-02-02", over: 1000, listed: true },
  // Finished mid-period in Mojoroto, charged more.
  {
    no: "FDL-B",
    type: "REKLAME",
    submitted: "2026-02-09",
    done: "2026-02-12",
    over: 2500,
    mojoroto: true,
    listed: true,
  },
  // Finished on the period's last day, charged more.
  { no: "FDL-C", type: "REKLAME", submitted: "2026-02-23", done: "2026-02-27", over: 500, listed: true },
  // Finished in the period at the tariff: no discrepancy.
  { no: "FDL-D", type: "IUMK", submitted: "2026-02-10", done: "2026-02-11", over: 0, listed: false },
  // Discrepant, finished the day after the period.
  { no: "FDL-E", type: "IUMK", submitted: "2026-02-25", done: "2026-02-28", over: 1000, listed: false },
  // Discrepant, finished the day before the period.
  { no: "FDL-F", type: "IUMK", submitted: "2026-01-28", done: "2026-02-01", over: 1000, listed: false },
  // Discrepant but still in process: not finished, never on the list.
  { no: "FDL-G", type: "IUMK", submitted: "2026-02-16", done: null, over: 1000, listed: false },
];

// More discrepancies than the page shows and than the download keeps (IUMK, finished 16–20 Feb), outside the
// "FDL-" search of the exact lists.
const MORE: Case[] = Array.from({ length: FEE_LIST_LENGTH.export + 2 }, (_, i) => ({
  no: `FDM-${String(i + 1).padStart(2, "0")}`,
  type: "IUMK",
  submitted: "2026-02-13",
  done: `2026-02-${16 + (i % 5)}`,
  over: 100 + i,
  listed: true,
}));

let mojoroto = "";
let types: { id: number; code: string; tariff: number }[] = [];

function row(c: Case): string {
  const tariff = types.find((lt) => lt.code === c.type)!.tariff;
  return [
    c.no,
    c.type,
    `Pemohon ${c.no}`,
    "individual",
    c.mojoroto ? "Mojoroto" : "Kota",
    c.mojoroto ? "Bandar Lor" : "Kemasan",
    `${c.submitted}T09:00`,
    c.done ? `${c.done}T15:00` : "",
    c.done ? "issued" : "in_process",
    String(tariff + c.over),
    "L1",
    "",
    "",
    "",
    "",
    "",
  ].join(",");
}

async function feeList(raw: Record<string, string>, q = "FDL-", size = "100") {
  const { where, invalid } = feeDiscrepancyDrill(
    { selisihTarif: "1", selesaiDari: FROM, selesaiSampai: TO, ...raw },
    types,
  );
  expect(invalid).toBeNull();
  expect(where).not.toBeNull();
  const page = await listApplicationsPage(
    parseTableParams(APPLICATION_TABLE, { sort: "registrationNo", size, q }),
    where,
  );
  return { total: page.total, files: page.rows.map((r) => r.registrationNo) };
}

beforeAll(async () => {
  types = await getDb().licenseType.findMany({ select: { id: true, code: true, tariff: true } });
  const result = await importApplicationsCsv([HEADER, ...[...CASES, ...MORE].map(row)].join("\n"), { actor: system });
  expect(result).toMatchObject({ committed: true, imported: CASES.length + MORE.length });
  mojoroto = (await getDb().kecamatan.findFirstOrThrow({ where: { name: "Mojoroto" } })).code;
});

// The run's database is shared with the other files: leave none of these files behind (the finished ones' day
// aggregates recounted after).
afterAll(async () => {
  const mine = { OR: [{ registrationNo: { startsWith: "FDL-" } }, { registrationNo: { startsWith: "FDM-" } }] };
  await deleteApplications(mine);
  expect(await getDb().application.count({ where: mine })).toBe(0);
});

describe("the applications list's fee-discrepancy filter (selisihTarif=1)", () => {
  it("stores the finished days and the discrepancy flag as the cases say", async () => {
    const rows = await getDb().application.findMany({
      where: { registrationNo: { startsWith: "FDL-" } },
      select: { registrationNo: true, finishedDay: true, isFeeDiscrepant: true },
      orderBy: { registrationNo: "asc" },
    });
    expect(rows.map((r) => [r.registrationNo, r.finishedDay, r.isFeeDiscrepant])).toEqual(
      CASES.map((c) => [c.no, c.done, c.over !== 0]),
    );
  });

  it("lists exactly the period's discrepancies: both boundary days in, the day before/after, the tariff and the open file out", async () => {
    const expected = CASES.filter((c) => c.listed).map((c) => c.no);
    expect(expected).toEqual(["FDL-A", "FDL-B", "FDL-C"]);
    expect(await feeList({})).toEqual({ total: 3, files: expected });
  });

  it("keeps the dashboard's licence type and kecamatan, and combines with the search box", async () => {
    expect(await feeList({ licenseType: "REKLAME" })).toEqual({ total: 2, files: ["FDL-B", "FDL-C"] });
    expect(await feeList({ kecamatan: mojoroto })).toEqual({ total: 1, files: ["FDL-B"] });
    expect(await feeList({ licenseType: "IUMK", kecamatan: mojoroto })).toEqual({ total: 0, files: [] });
    expect(await feeList({}, "Pemohon FDL-C")).toEqual({ total: 1, files: ["FDL-C"] });
    expect(await feeList({}, "Pemohon FDL-D")).toEqual({ total: 0, files: [] });
  });

  it("pages like the list: 20 rows a page, the total kept", async () => {
    const first = await feeList({}, "FDM-", "20");
    expect(first.total).toBe(MORE.length);
    expect(first.files).toHaveLength(20);
  });

  it("counts the dashboard's fee-discrepancy figure for the period and every slice, over every file of the database", async () => {
    const reklame = types.find((lt) => lt.code === "REKLAME")!.id;
    const iumk = types.find((lt) => lt.code === "IUMK")!.id;
    const slices: { filter: { kecamatanCode?: string; licenseTypeId?: number }; raw: Record<string, string> }[] = [
      { filter: {}, raw: {} },
      { filter: { kecamatanCode: mojoroto }, raw: { kecamatan: mojoroto } },
      { filter: { licenseTypeId: reklame }, raw: { licenseType: "REKLAME" } },
      { filter: { licenseTypeId: iumk }, raw: { licenseType: "IUMK" } },
    ];
    for (const slice of slices) {
      const dashboard = await getProcessingDashboard(
        { from: FROM, to: TO, licenseTypeId: null, kecamatanCode: null, ...slice.filter },
        NOW,
      );
      expect(dashboard.fees.count, JSON.stringify(slice.raw)).toBeGreaterThan(0);
      expect((await feeList(slice.raw, "")).total, JSON.stringify(slice.raw)).toBe(dashboard.fees.count);
    }
  });

  it("shows the page the ten most recent discrepancies, the download the 25 they begin", async () => {
    const [dashboard, exported] = await Promise.all([
      getProcessingDashboard({ from: FROM, to: TO }, NOW),
      getProcessingExport({ from: FROM, to: TO }, NOW),
    ]);
    expect(dashboard.fees.count).toBeGreaterThan(FEE_LIST_LENGTH.export);
    expect(dashboard.fees.items).toHaveLength(10);
    expect(exported.data.fees.items).toHaveLength(25);
    expect(exported.data.fees.items.slice(0, 10)).toEqual(dashboard.fees.items);
    const days = exported.data.fees.items.map((f) => f.finishedDay!);
    expect(days).toEqual([...days].sort().reverse());
  });
});
