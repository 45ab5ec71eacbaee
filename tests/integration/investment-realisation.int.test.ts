import { beforeAll, describe, expect, it } from "vitest";
import { toWibDate } from "@/lib/calendar/working-days";
import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";
import { getDb } from "@/lib/db/client";
import { insertInvestmentProject } from "../support/investment-project";
import { createApiToken } from "@/lib/users/user-store";
import { periodsBetween } from "@/lib/periods/periods";
import { duePeriods, lkpmFilingDeadline, lkpmPeriodKindFor } from "@/lib/investment/lkpm-schedule";
import { POST as postRealisations } from "@/app/api/v1/investment/realisations/route";
import { GET as getRealisation } from "@/app/api/v1/investment/realisation/route";

// Projects issued in 2025 so their first reporting periods have ended by the test run (today is the real date, as
// the API computes obligations as of today). Other suites may add projects; the checks against a direct computation
// over the raw rows hold whatever else is in the database.
const ctx = { params: Promise.resolve({}) };
const tokens = { planner: "", officer: "", leadership: "" };
const TODAY = toWibDate(new Date());

type Seed = {
  no: string;
  issued: string;
  scale: string;
  value: bigint;
  status?: string;
  origin?: string;
  kecamatan?: string;
};
const SEEDS: Seed[] = [
  { no: "LK-BESAR", issued: "2025-02-10T03:00:00.000Z", scale: "besar", value: 20_000_000_000n, kecamatan: "35.71.01" },
  { no: "LK-KECIL", issued: "2025-05-20T03:00:00.000Z", scale: "kecil", value: 3_000_000_000n, kecamatan: "35.71.02" },
  { no: "LK-MIKRO", issued: "2025-01-05T03:00:00.000Z", scale: "mikro", value: 500_000_000n, kecamatan: "35.71.02" },
  {
    no: "LK-PMA",
    issued: "2025-06-30T18:00:00.000Z",
    scale: "menengah",
    value: 8_000_000_000n,
    origin: "PMA",
    kecamatan: "35.71.03",
  },
  { no: "LK-REJ", issued: "2025-03-01T03:00:00.000Z", scale: "besar", value: 15_000_000_000n, status: "rejected" },
];

function post(body: string, options: { token?: string | null; type?: string } = {}) {
  const token = options.token === undefined ? tokens.planner : options.token;
  const headers: Record<string, string> = { "content-type": options.type ?? "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return postRealisations(
    new Request("http://localhost/api/v1/investment/realisations", { method: "POST", headers, body }),
    ctx,
  );
}

function get(query: string, token: string | null = tokens.planner) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return getRealisation(new Request(`http://localhost/api/v1/investment/realisation?${query}`, { headers }), ctx);
}

const report = (change: Record<string, unknown> = {}) =>
  JSON.stringify({
    registrationNo: "LK-BESAR",
    year: 2025,
    period: "TW1",
    realisedInvestment: "2500000000",
    workersLocal: 40,
    workersForeign: 0,
    ...change,
  });

/** The independent check: obligations and sums from the raw Application and InvestmentRealisation rows. */
async function directSeries(from: string, to: string) {
  const db = getDb();
  const projects = await db.application.findMany({
    where: { status: "issued", investmentValue: { not: null }, scale: { in: ["kecil", "menengah", "besar"] } },
    select: { id: true, scale: true, finishedDay: true, investmentValue: true },
  });
  const byId = new Map(projects.map((project) => [project.id, project]));
  const reports = (await db.investmentRealisation.findMany()).filter((row) => {
    const project = byId.get(row.applicationId);
    return project && lkpmPeriodKindFor(project.scale) === row.periodKind && project.finishedDay! <= row.periodLastDay;
  });
  return periodsBetween("quarter", from, to).map((quarter) => {
    const planned = projects
      .filter((p) => p.finishedDay! <= quarter.to)
      .reduce((sum, p) => sum + p.investmentValue!, 0n);
    const obligated = projects
      .flatMap((p) => duePeriods({ scale: p.scale, issuedDay: p.finishedDay! }, TODAY))
      .filter((period) => period.lastDay >= quarter.from && period.lastDay <= quarter.to).length;
    const inQuarter = reports.filter((r) => r.periodLastDay >= quarter.from && r.periodLastDay <= quarter.to);
    const realised = reports
      .filter((r) => r.periodLastDay <= quarter.to)
      .reduce((sum, r) => sum + r.realisedInvestment, 0n);
    return {
      period: quarter.key,
      plannedInvestment: planned.toString(),
      realisedInvestment: realised.toString(),
      realisedInPeriod: inQuarter.reduce((sum, r) => sum + r.realisedInvestment, 0n).toString(),
      obligated,
      filed: inQuarter.length,
      filedOnTime: inQuarter.filter(
        (r) =>
          toWibDate(r.reportedAt) <=
          lkpmFilingDeadline({ year: r.year, kind: r.periodKind as "triwulan" | "semester", number: r.periodNumber }),
      ).length,
    };
  });
}

beforeAll(async () => {
  const db = getDb();
  for (const seed of SEEDS)
    await insertInvestmentProject({
      registrationNo: seed.no,
      applicantName: `PT ${seed.no}`,
      finishedAt: new Date(seed.issued),
      status: seed.status ?? "issued",
      value: seed.value,
      kecamatanCode: seed.kecamatan ?? null,
      workersLocal: 10,
      workersForeign: 0,
      kbli: "10792",
      sector: "industri_makanan",
      sectorGroup: "sekunder",
      origin: seed.origin ?? "PMDN",
      scale: seed.scale,
    });
  await db.$transaction(async (tx) => refreshProcessingStats(tx, "all"));
  const admin = { id: null, label: "test", role: "ADMIN" as const };
  tokens.planner = (await createApiToken({ name: "planner-lkpm", role: "PLANNER" }, admin)).token;
  tokens.officer = (await createApiToken({ name: "officer-lkpm", role: "OFFICER" }, admin)).token;
  tokens.leadership = (await createApiToken({ name: "leadership-lkpm", role: "LEADERSHIP" }, admin)).token;
});

describe("POST /api/v1/investment/realisations (JSON)", () => {
  it("stores a report (201), a re-sent report replaces it (200), audit-logged", async () => {
    const created = await post(report());
    expect(created.status).toBe(201);
    expect((await created.json()).realisation).toMatchObject({
      registrationNo: "LK-BESAR",
      period: "2025-TW1",
      periodFirstDay: "2025-01-01",
      periodLastDay: "2025-03-31",
      realisedInvestment: "2500000000",
      replaced: false,
    });
    const replaced = await post(report({ realisedInvestment: "3000000000" }));
    expect(replaced.status).toBe(200);
    const rows = await getDb().investmentRealisation.findMany({
      where: { application: { registrationNo: "LK-BESAR" } },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      year: 2025,
      periodKind: "triwulan",
      periodNumber: 1,
      realisedInvestment: 3_000_000_000n,
      source: "api",
      currency: "IDR",
    });
    const audit = await getDb().auditLog.findMany({
      where: { action: "investment.realisation.save", target: "LK-BESAR:2025-TW1" },
    });
    expect(audit).toHaveLength(2);
  });

  it("converts a foreign-currency report exactly and keeps the original amount and rate", async () => {
    const res = await post(
      report({
        registrationNo: "LK-PMA",
        period: "TW3",
        realisedInvestment: "100000.50",
        currency: "USD",
        exchangeRate: "16325.75",
      }),
    );
    expect(res.status).toBe(201);
    const row = await getDb().investmentRealisation.findFirstOrThrow({
      where: { application: { registrationNo: "LK-PMA" } },
    });
    // 100000.50 × 16325.75 = 1,632,583,162.875 → 1,632,583,163 (half-up).
    expect(row).toMatchObject({
      realisedInvestment: 1_632_583_163n,
      originalAmount: "100000.50",
      currency: "USD",
      exchangeRate: "16325.75",
      periodLastDay: "2025-09-30",
    });
  });

  it("401 without credentials, 403 for officer and leadership tokens", async () => {
    expect((await post(report(), { token: null })).status).toBe(401);
    expect((await post(report(), { token: tokens.officer })).status).toBe(403);
    expect((await post(report(), { token: tokens.leadership })).status).toBe(403);
  });

  it.each([
    [{ registrationNo: "LK-TIDAK-ADA" }, "registrationNo", "Nomor registrasi LK-TIDAK-ADA tidak ditemukan."],
    [
      { registrationNo: "LK-MIKRO" },
      "registrationNo",
      "LK-MIKRO: Proyek berskala mikro tidak wajib LKPM (usaha mikro dikecualikan).",
    ],
    [
      { registrationNo: "LK-KECIL", period: "TW2" },
      "period",
      "LK-KECIL: Usaha kecil melapor per semester (S1 atau S2), bukan TW2.",
    ],
    [
      { registrationNo: "LK-REJ" },
      "registrationNo",
      "Permohonan LK-REJ bukan izin usaha terbit dengan rencana investasi, sehingga tidak wajib LKPM.",
    ],
    [
      { year: 2024, period: "TW4" },
      "period",
      "LK-BESAR: Periode TW4 2024 sebelum izin terbit (2025-02-10); kewajiban LKPM dimulai TW1 2025.",
    ],
    [{ realisedInvestment: "-1" }, "realisedInvestment", "Realisasi investasi tidak boleh negatif."],
    [
      { reportedOn: "2025-03-31" },
      "reportedOn",
      `Tanggal lapor 2025-03-31 harus setelah periode berakhir (2025-03-31) dan tidak setelah hari ini (${TODAY}).`,
    ],
  ])("422 for %o naming the field", async (change, field, message) => {
    const res = await post(report(change));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.fields[field]).toBe(message);
  });
});

describe("POST /api/v1/investment/realisations (CSV)", () => {
  const HEADER = "registrationNo,year,period,realisedInvestment,currency,exchangeRate,workersLocal,workersForeign";

  it("a file with a bad row is rejected whole with per-row errors, nothing written", async () => {
    const before = await getDb().investmentRealisation.count();
    const csv = [
      HEADER,
      "LK-BESAR,2025,TW2,1000000000,IDR,,40,0",
      "LK-NOPE,2025,TW2,1000000000,IDR,,1,0",
      "LK-MIKRO,2025,S1,5000000,IDR,,1,0",
      "LK-KECIL,2025,TW3,5000000,IDR,,1,0",
      "LK-KECIL,2025,S2,-5,IDR,,1,0",
      "LK-BESAR,2025,TW2,1000000000,IDR,,40,0",
    ].join("\n");
    const res = await post(csv, { type: "text/csv" });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.rowErrors).toEqual([
      { line: 3, column: "registrationNo", message: "Nomor registrasi LK-NOPE tidak ditemukan." },
      {
        line: 4,
        column: "registrationNo",
        message: "LK-MIKRO: Proyek berskala mikro tidak wajib LKPM (usaha mikro dikecualikan).",
      },
      { line: 5, column: "period", message: "LK-KECIL: Usaha kecil melapor per semester (S1 atau S2), bukan TW3." },
      { line: 6, column: "realisedInvestment", message: "Realisasi investasi tidak boleh negatif." },
      {
        line: 7,
        column: "period",
        message: "LK-BESAR 2025-TW2 sudah ada di baris 2; satu laporan per proyek dan periode.",
      },
    ]);
    expect(body.error.message).toBe("5 kesalahan pada berkas LKPM; tidak ada data yang disimpan.");
    expect(await getDb().investmentRealisation.count()).toBe(before);
  });

  it("422 for a file without the required columns", async () => {
    const res = await post("registrationNo,year\nLK-BESAR,2025\n", { type: "text/csv" });
    expect(res.status).toBe(422);
    expect(Object.keys((await res.json()).error.fields).sort()).toEqual([
      "period",
      "realisedInvestment",
      "workersForeign",
      "workersLocal",
    ]);
  });

  it("a valid file is stored; importing it again changes nothing", async () => {
    const csv = [
      `${HEADER},reportedOn`,
      "LK-BESAR,2025,TW2,4000000000,IDR,,45,0,2025-07-10",
      "LK-BESAR,2025,TW3,2000000000,,,48,1,2025-10-16",
      "LK-KECIL,2025,S1,500000000,IDR,,5,0,2025-07-02",
      "LK-KECIL,2025,S2,700000000,IDR,,6,0,2026-01-10",
      "LK-PMA,2025,TW4,1000000000,IDR,,12,2,",
    ].join("\r\n");
    const first = await post(csv, { type: "text/csv" });
    expect(first.status).toBe(200);
    expect((await first.json()).result).toEqual({ rows: 5, created: 5, updated: 0 });
    const snapshot = async () =>
      (
        await getDb().investmentRealisation.findMany({ orderBy: [{ applicationId: "asc" }, { periodLastDay: "asc" }] })
      ).map(({ updatedAt: _u, reportedAt: _r, ...row }) => row);
    const before = await snapshot();
    const onTime = Object.fromEntries(
      (
        await getDb().investmentRealisation.findMany({
          where: { source: "import" },
          include: { application: { select: { registrationNo: true } } },
        })
      ).map((row) => [
        `${row.application.registrationNo}:${row.periodKind}${row.periodNumber}`,
        [row.reportedDay, row.isOnTime],
      ]),
    );
    // The deadline is the 10th of the month after the period before PerBKPM 5/2025 (TW2 2025 by 10 July), the 15th
    // from TW3 2025 on: TW3 filed on 16 Oct is late, S2 on 10 Jan is on time; no reportedOn = today (late).
    expect(onTime).toEqual({
      "LK-BESAR:triwulan2": ["2025-07-10", true],
      "LK-BESAR:triwulan3": ["2025-10-16", false],
      "LK-KECIL:semester1": ["2025-07-02", true],
      "LK-KECIL:semester2": ["2026-01-10", true],
      "LK-PMA:triwulan4": [TODAY, TODAY <= "2026-01-15"],
    });
    const second = await post(csv, { type: "text/csv" });
    expect((await second.json()).result).toEqual({ rows: 5, created: 0, updated: 5 });
    expect(await snapshot()).toEqual(before);
  });
});

describe("GET /api/v1/investment/realisation", () => {
  it("quarterly figures equal a direct computation over the raw rows", async () => {
    const res = await get("from=2025-01-01&to=2026-12-31&interval=quarter");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.asOf).toBe(TODAY);
    const direct = await directSeries("2025-01-01", "2026-12-31");
    expect(
      body.series.map((p: Record<string, unknown>) => ({
        period: p.period,
        plannedInvestment: p.plannedInvestment,
        realisedInvestment: p.realisedInvestment,
        realisedInPeriod: p.realisedInPeriod,
        obligated: p.obligated,
        filed: p.filed,
        filedOnTime: p.filedOnTime,
      })),
    ).toEqual(direct);
    for (const point of body.series) {
      expect(point.compliance).toBe(
        point.obligated === 0 ? null : Math.round((point.filed * 1000) / point.obligated) / 1000,
      );
    }
  });

  it("the reports of this suite land in the right quarters (semester S1 in Q2, S2 in Q4)", async () => {
    const body = await (await get("from=2025-01-01&to=2025-12-31&interval=quarter")).json();
    const inPeriod = Object.fromEntries(
      body.series.map((p: { period: string; realisedInPeriod: string }) => [p.period, p.realisedInPeriod]),
    );
    // Only this suite writes LKPM reports: TW1 3 M; TW2 4 M + S1 0,5 M; TW3 2 M + USD 1.632.583.163; TW4 1 M + S2 0,7 M.
    expect(inPeriod).toEqual({
      "2025-Q1": "3000000000",
      "2025-Q2": "4500000000",
      "2025-Q3": "3632583163",
      "2025-Q4": "1700000000",
    });
  });

  it("year and groupBy=scale split the same totals", async () => {
    const year = (await (await get("from=2025-01-01&to=2025-12-31&interval=year")).json()).series;
    const grouped = (await (await get("from=2025-01-01&to=2025-12-31&interval=year&groupBy=scale")).json()).series;
    expect(year).toHaveLength(1);
    expect(grouped.map((p: { group: string }) => p.group)).not.toContain("mikro");
    for (const field of ["plannedInvestment", "realisedInvestment", "realisedInPeriod"] as const) {
      expect(grouped.reduce((sum: bigint, p: Record<string, string>) => sum + BigInt(p[field]), 0n).toString()).toBe(
        year[0][field],
      );
    }
    for (const field of ["obligated", "filed"] as const) {
      expect(grouped.reduce((sum: number, p: Record<string, number>) => sum + p[field], 0)).toBe(year[0][field]);
    }
    expect(year[0].realisedInPeriod).toBe("12832583163");
  });

  it("401, 403 for an officer, 422 naming each bad parameter", async () => {
    expect((await get("from=2025-01-01&to=2025-12-31", null)).status).toBe(401);
    expect((await get("from=2025-01-01&to=2025-12-31", tokens.officer)).status).toBe(403);
    expect((await get("from=2025-01-01&to=2025-12-31", tokens.leadership)).status).toBe(200);
    const bad = await get("from=2025-13-01&interval=month&groupBy=kbli");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["from", "groupBy", "interval", "to"]);
  });
});

describe("dashboard project tables", () => {
  it("the full list of missing reports pages, sorts and searches in SQL, agreeing with the dashboard's count", async () => {
    const { getRealisationProjectTables } = await import("@/lib/investment/realisation-queries");
    const { MISSING_REPORT_TABLE, listMissingReportsPage } = await import("@/lib/investment/missing-report-queries");
    const { parseTableParams } = await import("@/lib/table/schemas");
    const list = (raw: Record<string, string>) =>
      listMissingReportsPage(TODAY, parseTableParams(MISSING_REPORT_TABLE, raw));
    const tables = await getRealisationProjectTables(TODAY, 10);
    const first = await list({ size: "10" });
    expect(first.total).toBe(tables.notFiledCount);
    expect(first.rows.map((p) => p.registrationNo)).toEqual(tables.notFiled.map((p) => p.registrationNo));
    const mine = await list({ q: "lk-", sort: "registrationNo", dir: "desc" });
    expect(mine.total).toBe(3);
    expect(mine.rows.map((p) => p.registrationNo)).toEqual(["LK-PMA", "LK-KECIL", "LK-BESAR"]);
    expect((await list({ q: "pt lk-kecil" })).rows.map((p) => [p.registrationNo, p.filed])).toEqual([["LK-KECIL", 2]]);
    expect((await list({ q: "LK_%" })).total).toBe(0);
  });

  it("lowest ratio and latest report missing, with exact ratios; filing the latest period clears a project", async () => {
    const { getRealisationProjectTables } = await import("@/lib/investment/realisation-queries");
    const mine = <T extends { registrationNo: string }>(rows: T[]) =>
      rows.filter((row) => row.registrationNo.startsWith("LK-"));
    const due = (issued: string, scale: string) => duePeriods({ scale, issuedDay: toWibDate(new Date(issued)) }, TODAY);
    const tables = await getRealisationProjectTables(TODAY, 10_000);
    // Cumulative: BESAR 3 + 4 + 2 = 9 of 20 miliar = 45,0 %; KECIL 0,5 + 0,7 of 3 = 40,0 %; PMA 2.632.583.163 of 8 M = 32,9 %.
    expect(mine(tables.lowest).map((p) => [p.registrationNo, p.realisedInvestment, p.ratio, p.filed, p.due])).toEqual([
      ["LK-PMA", 2_632_583_163n, 329, 2, due(SEEDS[3].issued, "menengah").length],
      ["LK-KECIL", 1_200_000_000n, 400, 2, due(SEEDS[1].issued, "kecil").length],
      ["LK-BESAR", 9_000_000_000n, 450, 3, due(SEEDS[0].issued, "besar").length],
    ]);
    expect(
      mine(tables.notFiled)
        .map((p) => p.registrationNo)
        .sort(),
    ).toEqual(["LK-BESAR", "LK-KECIL", "LK-PMA"]);
    const before = tables.notFiledCount;

    const latest = due(SEEDS[1].issued, "kecil").at(-1)!;
    const res = await post(
      report({
        registrationNo: "LK-KECIL",
        year: latest.year,
        period: `S${latest.number}`,
        realisedInvestment: "300000000",
      }),
    );
    expect(res.status).toBe(201);
    const after = await getRealisationProjectTables(TODAY, 10_000);
    expect(
      mine(after.notFiled)
        .map((p) => p.registrationNo)
        .sort(),
    ).toEqual(["LK-BESAR", "LK-PMA"]);
    expect(after.notFiledCount).toBe(before - 1);
    expect(mine(after.lowest).find((p) => p.registrationNo === "LK-KECIL")).toMatchObject({
      realisedInvestment: 1_500_000_000n,
      ratio: 500,
    });
  });
});
