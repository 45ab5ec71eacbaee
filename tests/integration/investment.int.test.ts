import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";
import { getDb } from "@/lib/db/client";
import { insertInvestmentProject } from "../support/investment-project";
import { createApiToken } from "@/lib/users/user-store";
import { GET as getTrend } from "@/app/api/v1/investment/trend/route";
import { GET as getExport } from "@/app/api/v1/investment/export.csv/route";
import { createInvestmentExport, PROJECT_EXPORT_HEADER } from "@/lib/investment/export";
import { projectCells } from "@/lib/investment/export-columns";
import { toCsvRow } from "@/lib/csv/safe-cell";
import { databaseEngine } from "@/lib/env";
import { getInvestmentByGroup } from "@/lib/investment/analytics-queries";
import { listLargestProjects, listProjectsPage, type ProjectCursor } from "@/lib/investment/project-queries";
import { getInvestmentTargets, setInvestmentTarget } from "@/lib/investment/target-store";

// Everything lives in 2030–2031 so other suites' demo data (two years before today) cannot touch these figures.
const ctx = { params: Promise.resolve({}) };
let plannerToken = "";
let officerToken = "";

type Seed = {
  no: string;
  finishedAt: string;
  status?: string;
  value: bigint | null;
  origin?: string;
  scale?: string;
  sector?: string;
  sectorGroup?: string;
  kecamatan?: string;
  local?: number;
  foreign?: number;
  name?: string | null;
  kbli?: string;
};

const SEEDS: Seed[] = [
  {
    no: "INT-A",
    finishedAt: "2031-01-01T00:00:00.000Z",
    value: 9_007_199_254_740_993n,
    origin: "PMA",
    scale: "besar",
    sector: "industri_makanan",
    sectorGroup: "sekunder",
    kecamatan: "35.71.01",
    local: 100,
    foreign: 5,
    name: "PT Brantas Food",
  },
  {
    no: "INT-B",
    finishedAt: "2031-03-31T16:59:59.999Z",
    value: 1_500_000_000n,
    origin: "PMDN",
    scale: "kecil",
    sector: "hotel_restoran",
    sectorGroup: "tersier",
    kecamatan: "35.71.02",
    local: 10,
    name: '=HYPERLINK("http://x","klik")',
  },
  {
    no: "INT-C",
    finishedAt: "2031-03-31T17:00:00.000Z",
    value: 750_000_000n,
    origin: "PMDN",
    scale: "mikro",
    sector: "hotel_restoran",
    sectorGroup: "tersier",
    kecamatan: "35.71.02",
    local: 3,
    name: 'Warung, Bu "Tin"',
  },
  {
    no: "INT-D",
    finishedAt: "2031-03-31T17:00:00.000Z",
    value: 12_345_678_901n,
    origin: "PMDN",
    scale: "besar",
    sector: "konstruksi",
    sectorGroup: "tersier",
    kecamatan: "35.71.03",
    local: 40,
    name: "-5 Toko",
  },
  { no: "INT-E", finishedAt: "2031-05-01T03:00:00.000Z", status: "rejected", value: 999n },
  { no: "INT-F", finishedAt: "2031-05-01T03:00:00.000Z", value: null },
  {
    no: "INT-G",
    finishedAt: "2030-12-31T16:59:59.000Z",
    value: 100n,
    origin: "PMDN",
    scale: "mikro",
    kecamatan: "35.71.01",
    local: 1,
  },
  {
    no: "INT-H",
    finishedAt: "2031-12-31T16:59:59.999Z",
    value: 1n,
    origin: "PMDN",
    scale: "mikro",
    kecamatan: "35.71.01",
    local: 0,
  },
];

const YEAR_2031 = "from=2031-01-01&to=2031-12-31";

function get(handler: typeof getTrend, path: string, token: string | null = plannerToken) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return handler(new Request(`http://localhost${path}`, { headers }), ctx);
}

/** The independent check: sum over the raw rows read with Prisma's own filters, no SQL of ours. */
async function directSum(fromUtc: string, toUtcExclusive: string) {
  const rows = await getDb().application.findMany({
    where: {
      status: "issued",
      investmentValue: { not: null },
      finishedAt: { gte: new Date(fromUtc), lt: new Date(toUtcExclusive) },
    },
    select: { investmentValue: true, workersLocal: true, workersForeign: true },
  });
  return {
    projects: rows.length,
    investment: rows.reduce((sum, row) => sum + (row.investmentValue ?? 0n), 0n).toString(),
    workers: rows.reduce((sum, row) => sum + (row.workersLocal ?? 0) + (row.workersForeign ?? 0), 0),
  };
}

/** Writes one project row directly (the aggregates are refreshed by the caller). */
function insertSeed(seed: Seed) {
  return insertInvestmentProject({
    registrationNo: seed.no,
    applicantName: seed.name === undefined ? `CV ${seed.no}` : seed.name,
    finishedAt: new Date(seed.finishedAt),
    status: seed.status ?? "issued",
    value: seed.value,
    kecamatanCode: seed.kecamatan ?? null,
    workersLocal: seed.local ?? null,
    workersForeign: seed.foreign ?? null,
    kbli: seed.kbli ?? "10792",
    sector: seed.sector ?? "jasa_lainnya",
    sectorGroup: seed.sectorGroup ?? "tersier",
    origin: seed.origin ?? "PMDN",
    scale: seed.scale ?? "mikro",
  });
}

beforeAll(async () => {
  const db = getDb();
  for (const seed of SEEDS) await insertSeed(seed);
  // Rows written directly (not through the application writers) need their day aggregates refreshed.
  await db.$transaction(async (tx) => refreshProcessingStats(tx, "all"));
  const admin = { id: null, label: "test", role: "ADMIN" as const };
  plannerToken = (await createApiToken({ name: "planner-investment", role: "PLANNER" }, admin)).token;
  officerToken = (await createApiToken({ name: "officer-investment", role: "OFFICER" }, admin)).token;
});

describe("GET /api/v1/investment/trend", () => {
  it("totals equal a direct sum over the raw rows, exact beyond 2^53", async () => {
    const res = await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}&interval=year`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const direct = await directSum("2030-12-31T17:00:00.000Z", "2031-12-31T17:00:00.000Z");
    expect(direct).toEqual({ projects: 5, investment: "9007213850419895", workers: 158 });
    expect(body.totals).toEqual(direct);
    expect(body.series).toEqual([{ period: "2031", group: null, ...direct }]);
  });

  it("quarters follow WIB days: 31 Mar 23:59 WIB is Q1, 1 Apr 00:00 WIB is Q2", async () => {
    const body = await (await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}&interval=quarter`)).json();
    expect(body.series).toEqual([
      { period: "2031-Q1", group: null, projects: 2, investment: "9007200754740993", workers: 115 },
      { period: "2031-Q2", group: null, projects: 2, investment: "13095678901", workers: 43 },
      { period: "2031-Q3", group: null, projects: 0, investment: "0", workers: 0 },
      { period: "2031-Q4", group: null, projects: 1, investment: "1", workers: 0 },
    ]);
    const q2 = await directSum("2031-03-31T17:00:00.000Z", "2031-06-30T17:00:00.000Z");
    expect(body.series[1]).toMatchObject(q2);
  });

  it("months: twelve points, March and April split at WIB midnight", async () => {
    const body = await (await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}`)).json();
    expect(body.interval).toBe("month");
    expect(body.series).toHaveLength(12);
    expect(body.series[2]).toEqual({
      period: "2031-03",
      group: null,
      projects: 1,
      investment: "1500000000",
      workers: 10,
    });
    expect(body.series[3]).toEqual({
      period: "2031-04",
      group: null,
      projects: 2,
      investment: "13095678901",
      workers: 43,
    });
  });

  it.each([
    [
      "origin",
      [
        ["2031", "PMA", 1, "9007199254740993", 105],
        ["2031", "PMDN", 4, "14595678902", 53],
      ],
    ],
    [
      "kecamatan",
      [
        ["2031", "35.71.01", 2, "9007199254740994", 105],
        ["2031", "35.71.02", 2, "2250000000", 13],
        ["2031", "35.71.03", 1, "12345678901", 40],
      ],
    ],
    [
      "scale",
      [
        ["2031", "besar", 2, String(9_007_199_254_740_993n + 12_345_678_901n), 145],
        ["2031", "kecil", 1, "1500000000", 10],
        ["2031", "mikro", 2, "750000001", 3],
      ],
    ],
    [
      "sector",
      [
        ["2031", "hotel_restoran", 2, "2250000000", 13],
        ["2031", "industri_makanan", 1, "9007199254740993", 105],
        ["2031", "jasa_lainnya", 1, "1", 0],
        ["2031", "konstruksi", 1, "12345678901", 40],
      ],
    ],
  ] as const)("groupBy=%s splits the total exactly", async (groupBy, expected) => {
    const body = await (
      await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}&interval=year&groupBy=${groupBy}`)
    ).json();
    expect(body.groupBy).toBe(groupBy);
    expect(
      body.series.map((p: { period: string; group: string; projects: number; investment: string; workers: number }) => [
        p.period,
        p.group,
        p.projects,
        p.investment,
        p.workers,
      ]),
    ).toEqual(expected);
    const sum = body.series.reduce((s: bigint, p: { investment: string }) => s + BigInt(p.investment), 0n);
    expect(sum.toString()).toBe(body.totals.investment);
  });

  it("filters combine (origin=PMDN, kecamatan=35.71.02)", async () => {
    const body = await (
      await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}&interval=year&origin=PMDN&kecamatan=35.71.02`)
    ).json();
    expect(body.totals).toEqual({ projects: 2, investment: "2250000000", workers: 13 });
  });

  it("401 without credentials, 403 for an officer, 422 naming each bad parameter", async () => {
    expect((await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}`, null)).status).toBe(401);
    const forbidden = await get(getTrend, `/api/v1/investment/trend?${YEAR_2031}`, officerToken);
    expect(forbidden.status).toBe(403);
    const bad = await get(getTrend, "/api/v1/investment/trend?from=2031-13-01&interval=week&groupBy=kbli");
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fields).sort()).toEqual(["from", "groupBy", "interval", "to"]);
  });
});

describe("analytics helpers", () => {
  it("largest projects first, with exact bigint values", async () => {
    const largest = await listLargestProjects({ from: "2031-01-01", to: "2031-12-31" }, 2);
    expect(largest.map((p) => [p.registrationNo, p.investmentValue, p.issuedDate])).toEqual([
      ["INT-A", 9_007_199_254_740_993n, "2031-01-01"],
      ["INT-D", 12_345_678_901n, "2031-04-01"],
    ]);
  });
  it("year-on-year: 2030 holds only the 31 Dec WIB project", async () => {
    expect(await getInvestmentByGroup({ from: "2030-01-01", to: "2030-12-31" }, "origin")).toEqual([
      { group: "PMDN", projects: 1, investment: 100n, workers: 1 },
    ]);
  });
  it("targets keep history; the latest is in force", async () => {
    const actor = { id: null, label: "admin-test", role: "ADMIN" as const };
    await setInvestmentTarget({ year: 2031, kpi: "investment_value", value: "5000000000000" }, actor);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setInvestmentTarget({ year: 2031, kpi: "investment_value", value: "6000000000000" }, actor);
    await setInvestmentTarget({ year: 2031, kpi: "investment_jobs", value: "2500" }, actor);
    expect(await getInvestmentTargets(2031)).toEqual({ investmentValue: 6_000_000_000_000n, investmentJobs: 2500 });
    expect(await getDb().kpiTarget.count({ where: { year: 2031, kpi: "investment_value" } })).toBe(2);
  });
});

describe("GET /api/v1/investment/export.csv", () => {
  it("projects: header, one row per project, exact integers, neutralised formulas, audit-logged", async () => {
    const res = await get(getExport, `/api/v1/investment/export.csv?${YEAR_2031}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("investasi-proyek-2031-01-01_2031-12-31.csv");
    const parsed = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PROJECT_EXPORT_HEADER]);
    expect(parsed.data.map((r) => r.registrationNo)).toEqual([
      "INT-A",
      "INT-B",
      expect.any(String),
      expect.any(String),
      "INT-H",
    ]);
    const byNo = Object.fromEntries(parsed.data.map((r) => [r.registrationNo, r]));
    expect(byNo["INT-A"]).toMatchObject({
      investmentValue: "9007199254740993",
      issuedDate: "2031-01-01",
      submittedDate: "2030-12-27",
      licenseType: "IUI",
      workersForeign: "5",
    });
    expect(byNo["INT-B"].applicantName).toBe('\'=HYPERLINK("http://x","klik")');
    expect(byNo["INT-D"].applicantName).toBe("'-5 Toko");
    expect(byNo["INT-C"].applicantName).toBe('Warung, Bu "Tin"');
    const audit = await getDb().auditLog.findFirst({ where: { action: "export.investment" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: "token:planner-investment", target: "projects" });
  });

  it("keyset paging with page size 1 returns every row once, ties on the issue instant included", async () => {
    const stream = await createInvestmentExport(
      { from: "2030-01-01", to: "2031-12-31", interval: "month", kind: "projects" },
      { id: null, label: "paging-test", role: "PLANNER" },
      { pageSize: 1 },
    );
    const parsed = Papa.parse<string[]>(await new Response(stream).text(), { skipEmptyLines: true });
    const numbers = parsed.data.slice(1).map((row) => row[0]);
    expect(numbers).toHaveLength(6);
    expect([...numbers].sort()).toEqual(["INT-A", "INT-B", "INT-C", "INT-D", "INT-G", "INT-H"]);
  });

  it.runIf(databaseEngine() === "sqlite")(
    "SQLite's fast export writes the same bytes as the typed path, awkward text and ties included",
    async () => {
      const tie = "2032-02-03T04:05:06.789Z";
      const awkward: Seed[] = [
        { no: "FAST-1", finishedAt: tie, value: 5n, name: "PT Satu\u001fDua" },
        { no: "FAST-2", finishedAt: tie, value: 6n, name: "Baris\nbaru" },
        { no: "FAST-3", finishedAt: tie, value: 7n, name: "\tTab di depan" },
        { no: "FAST-4", finishedAt: tie, value: 8n, name: "+62 354 123", local: 2 },
        { no: "FAST-5", finishedAt: "2032-02-01T00:00:00.000Z", value: 9n, name: null },
        {
          no: "FAST-6",
          finishedAt: "2032-02-02T00:00:00.000Z",
          value: 9_007_199_254_740_995n,
          name: "Biasa Saja",
          kbli: "=cmd",
        },
        {
          no: "FAST-7",
          finishedAt: "2032-12-31T16:59:59.999Z",
          value: 10n,
          name: "Koperasi Sejahtera",
          local: 4,
          foreign: 1,
        },
      ];
      for (const seed of awkward) await insertSeed(seed);
      // A figure a writer would never store, to prove the fast path hands it over instead of prefixing it.
      await getDb().application.update({ where: { registrationNo: "FAST-7" }, data: { workersLocal: -4 } });
      // Rows written straight to the table (not through a writer): recount their days, as the writers do.
      await getDb().$transaction(async (tx) => refreshProcessingStats(tx, "all"));
      const filter = { from: "2032-01-01", to: "2032-12-31" };
      const actor = { id: null, label: "fast-path-test", role: "PLANNER" as const };
      const fast = await new Response(
        await createInvestmentExport({ ...filter, interval: "month", kind: "projects" }, actor, { pageSize: 2 }),
      ).text();

      let typed = toCsvRow(PROJECT_EXPORT_HEADER) + "\r\n";
      let cursor: ProjectCursor | null = null;
      do {
        const page = await listProjectsPage(filter, cursor, 2);
        for (const project of page.rows) typed += toCsvRow(projectCells(project)) + "\r\n";
        cursor = page.next;
      } while (cursor);
      expect(fast).toBe(typed);

      const parsed = Papa.parse<Record<string, string>>(fast, { header: true, skipEmptyLines: true });
      expect(parsed.data.map((row) => row.registrationNo)).toEqual([
        "FAST-5",
        "FAST-6",
        "FAST-1",
        "FAST-2",
        "FAST-3",
        "FAST-4",
        "FAST-7",
      ]);
      const byNo = Object.fromEntries(parsed.data.map((row) => [row.registrationNo, row]));
      expect(byNo["FAST-1"].applicantName).toBe("PT Satu\u001fDua");
      expect(byNo["FAST-2"].applicantName).toBe("Baris\nbaru");
      expect(byNo["FAST-4"].applicantName).toBe("'+62 354 123");
      expect(byNo["FAST-5"].applicantName).toBe("");
      expect(byNo["FAST-6"]).toMatchObject({ kbli: "'=cmd", investmentValue: "9007199254740995" });
      expect(byNo["FAST-7"]).toMatchObject({ workersLocal: "-4", workersForeign: "1", issuedDate: "2032-12-31" });
    },
  );

  it("trend: aggregated rows with the same figures as the JSON API", async () => {
    const res = await get(getExport, `/api/v1/investment/export.csv?${YEAR_2031}&kind=trend&interval=quarter`);
    expect(await res.text()).toBe(
      "period,group,projects,investment,workers\r\n" +
        "2031-Q1,,2,9007200754740993,115\r\n" +
        "2031-Q2,,2,13095678901,43\r\n" +
        "2031-Q3,,0,0,0\r\n" +
        "2031-Q4,,1,1,0\r\n",
    );
  });

  it("401, 403 and 422 like the trend", async () => {
    expect((await get(getExport, `/api/v1/investment/export.csv?${YEAR_2031}`, null)).status).toBe(401);
    expect((await get(getExport, `/api/v1/investment/export.csv?${YEAR_2031}`, officerToken)).status).toBe(403);
    const bad = await get(getExport, `/api/v1/investment/export.csv?${YEAR_2031}&kind=xlsx&origin=asing`);
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["kind", "origin"]);
  });
});
