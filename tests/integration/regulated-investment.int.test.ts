// Second-pass regulated figures for investment (issue 13 item 3), on the engine of this run: PMA scale and the
// land/building exclusion through import → database → API, and LKPM on-time compliance under the 10th rule
// (PerBKPM 5/2021), the 15th rule (PerBKPM 5/2025, from TW3 2025) and an admin override. "RF-" numbers keep these
// rows apart from other files' figures; checks on the shared series use differences, not totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { withLkpmPeriodStats } from "@/lib/investment/lkpm-period-stat-store";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { saveRealisation } from "@/lib/investment/realisation-store";
import {
  deleteLkpmDeadlineOverride,
  listLkpmDeadlines,
  recomputeLkpmTimeliness,
  saveLkpmDeadlineOverride,
} from "@/lib/investment/lkpm-deadline-store";
import { getRealisationSeries } from "@/lib/investment/realisation-queries";
import { createApiToken } from "@/lib/users/user-store";
import { GET as getApplication } from "@/app/api/v1/applications/[registrationNo]/route";
import { GET as getDeadlines, PUT as putDeadline } from "@/app/api/v1/investment/lkpm-deadlines/route";

const admin = { id: null, label: "test", role: "ADMIN" as const };
const NOW = new Date("2026-11-30T05:00:00Z");
const TODAY = "2026-11-30";
const tokens = { admin: "", planner: "" };

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,investmentValue,investmentCurrency,exchangeRate,workersLocal,workersForeign,kbli,kbliVersion,origin,landValue,buildingValue";
const business = (no: string, issued: string, investment: string) =>
  `${no},IUI,PT ${no},business,Kota,Setono Pande,${issued}T08:00,${issued}T14:00,issued,0,L1,${investment}`;

// Other suites (investment-realisation) assert exact realised totals per quarter: this file's LKPM reports go away
// when it ends (files run one after another), so the order the runner picks does not matter.
afterAll(async () => {
  const db = getDb();
  const projects = await db.application.findMany({
    where: { registrationNo: { startsWith: "RF-" } },
    select: { id: true },
  });
  // Removed with their per-period sums (LkpmPeriodStat), as every write of reports does.
  await db.$transaction((tx) =>
    withLkpmPeriodStats(
      tx,
      projects.map((project) => project.id),
      () => tx.investmentRealisation.deleteMany({ where: { applicationId: { in: projects.map((p) => p.id) } } }),
    ),
  );
});

beforeAll(async () => {
  const csv = [
    HEADER,
    // PMA declaring USD 200.000 at 16.000 = Rp3,2 M: besar (not kecil), so it owes quarterly reports
    business("RF-PMA", "2025-04-14", "200000,USD,16000,5,2,10792,2020,PMA,,"),
    // PMDN Rp12 M with land Rp3 M and buildings Rp4 M: capital Rp5 M → kecil (semester)
    business("RF-PMDN-LB", "2025-04-14", "12000000000,IDR,,20,0,10792,2020,PMDN,3000000000,4000000000"),
    // PMDN Rp12 M without a breakdown: besar from the total, flagged
    business("RF-PMDN-TOTAL", "2025-04-14", "12000000000,IDR,,20,0,10792,2020,PMDN,,"),
  ].join("\n");
  const result = await importApplicationsCsv(csv + "\n", { actor: admin, now: NOW });
  expect(result).toMatchObject({ errors: [] });
  tokens.admin = (await createApiToken({ name: "admin-rf", role: "ADMIN" }, admin)).token;
  tokens.planner = (await createApiToken({ name: "planner-rf", role: "PLANNER" }, admin)).token;
});

describe("business scale (PMA; PP 7/2021 Ps 35 excluding land and buildings)", () => {
  it("is stored with its basis and shown by the applications API", async () => {
    const rows = await getDb().application.findMany({
      where: { registrationNo: { startsWith: "RF-" } },
      select: {
        registrationNo: true,
        investmentValue: true,
        scale: true,
        scaleBasis: true,
        landValue: true,
        buildingValue: true,
      },
      orderBy: { registrationNo: "asc" },
    });
    expect(rows).toEqual([
      {
        registrationNo: "RF-PMA",
        investmentValue: 3_200_000_000n,
        scale: "besar",
        scaleBasis: "pma",
        landValue: null,
        buildingValue: null,
      },
      {
        registrationNo: "RF-PMDN-LB",
        investmentValue: 12_000_000_000n,
        scale: "kecil",
        scaleBasis: "excluding_land_buildings",
        landValue: 3_000_000_000n,
        buildingValue: 4_000_000_000n,
      },
      {
        registrationNo: "RF-PMDN-TOTAL",
        investmentValue: 12_000_000_000n,
        scale: "besar",
        scaleBasis: "total_including_land_buildings",
        landValue: null,
        buildingValue: null,
      },
    ]);
    const res = await getApplication(
      new Request("http://localhost/api/v1/applications/RF-PMDN-LB", {
        headers: { authorization: `Bearer ${tokens.admin}` },
      }),
      {
        params: Promise.resolve({ registrationNo: "RF-PMDN-LB" }),
      },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(JSON.stringify(body)).toContain('"scaleBasis":"excluding_land_buildings"');
    expect(JSON.stringify(body)).toContain('"landValue":"3000000000"');
  });

  it("the PMA owes quarterly LKPM (a TW report is accepted) and the kecil PMDN owes semester reports", async () => {
    await expect(
      saveRealisation(
        {
          registrationNo: "RF-PMA",
          year: 2025,
          period: "TW2",
          realisedInvestment: "1000",
          workersLocal: 1,
          workersForeign: 0,
          reportedOn: "2025-07-12",
        },
        { actor: admin, source: "api", now: NOW },
      ),
    ).resolves.toMatchObject({ period: "2025-TW2" });
    await expect(
      saveRealisation(
        {
          registrationNo: "RF-PMDN-LB",
          year: 2025,
          period: "TW2",
          realisedInvestment: "1000",
          workersLocal: 1,
          workersForeign: 0,
        },
        { actor: admin, source: "api", now: NOW },
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { period: expect.stringContaining("semester") } });
  });
});

describe("LKPM deadline: 10th before PerBKPM 5/2025, 15th from TW3 2025, admin override", () => {
  const onTimeOf = async (period: { year: number; periodNumber: number }) =>
    (
      await getDb().investmentRealisation.findFirstOrThrow({
        where: {
          application: { registrationNo: "RF-PMA" },
          year: period.year,
          periodKind: "triwulan",
          periodNumber: period.periodNumber,
        },
      })
    ).isOnTime;
  const quarterOnTime = async (from: string, to: string) =>
    (await getRealisationSeries({ from, to, interval: "quarter" }, TODAY)).reduce(
      (sum, point) => sum + point.filedOnTime,
      0,
    );

  it("TW2 2025 filed on 12 July is late (10th); TW4 2025 filed on 12 January 2026 is on time (15th)", async () => {
    expect(await onTimeOf({ year: 2025, periodNumber: 2 })).toBe(false);
    const before = await quarterOnTime("2025-10-01", "2025-12-31");
    await saveRealisation(
      {
        registrationNo: "RF-PMA",
        year: 2025,
        period: "TW4",
        realisedInvestment: "2000",
        workersLocal: 1,
        workersForeign: 0,
        reportedOn: "2026-01-12",
      },
      { actor: admin, source: "api", now: NOW },
    );
    expect(await onTimeOf({ year: 2025, periodNumber: 4 })).toBe(true);
    expect(await quarterOnTime("2025-10-01", "2025-12-31")).toBe(before + 1);
  });

  it("an override moves one period's deadline and recomputes its reports and the compliance figures; removing it restores the rule", async () => {
    const before = await quarterOnTime("2025-10-01", "2025-12-31");
    const saved = await saveLkpmDeadlineOverride(
      { period: "2025-TW4", deadline: "2026-01-11", reason: "Uji: batas dimajukan" },
      admin,
    );
    expect(saved).toMatchObject({ period: "2025-TW4", deadline: "2026-01-11" });
    expect(saved.reportsChanged).toBeGreaterThanOrEqual(1);
    expect(await onTimeOf({ year: 2025, periodNumber: 4 })).toBe(false);
    expect(await quarterOnTime("2025-10-01", "2025-12-31")).toBe(before - 1);
    // another period keeps its rule
    expect(await onTimeOf({ year: 2025, periodNumber: 2 })).toBe(false);
    const tw4 = (await listLkpmDeadlines([2025])).find((row) => row.period === "2025-TW4");
    expect(tw4).toMatchObject({
      ruleDeadline: "2026-01-15",
      rule: "PerBKPM 5/2025",
      deadline: "2026-01-11",
      override: { deadline: "2026-01-11" },
    });

    await deleteLkpmDeadlineOverride("2025-TW4", admin);
    expect(await onTimeOf({ year: 2025, periodNumber: 4 })).toBe(true);
    expect(await quarterOnTime("2025-10-01", "2025-12-31")).toBe(before);
  });

  it("a stored flag computed under an older rule is corrected by the recompute (run at start-up)", async () => {
    await getDb().investmentRealisation.updateMany({
      where: { application: { registrationNo: "RF-PMA" }, year: 2025, periodNumber: 4 },
      data: { isOnTime: false },
    });
    expect(await recomputeLkpmTimeliness()).toBeGreaterThanOrEqual(1);
    expect(await onTimeOf({ year: 2025, periodNumber: 4 })).toBe(true);
  });

  it("the deadlines API lists rule and override; only an admin may set one; bad input names the field", async () => {
    const put = (body: unknown, token: string) =>
      putDeadline(
        new Request("http://localhost/api/v1/investment/lkpm-deadlines", {
          method: "PUT",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        }),
        {},
      );
    expect(
      (await put({ period: "2026-TW1", deadline: "2026-04-20", reason: "Pengumuman" }, tokens.planner)).status,
    ).toBe(403);
    const bad = await put({ period: "2026-TW1", deadline: "2026-03-01", reason: "Pengumuman" }, tokens.admin);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.deadline).toContain("setelah periode berakhir");
    const ok = await put({ period: "2026-TW1", deadline: "2026-04-20", reason: "Pengumuman" }, tokens.admin);
    expect(ok.status).toBe(200);
    const list = await getDeadlines(
      new Request("http://localhost/api/v1/investment/lkpm-deadlines?year=2026", {
        headers: { authorization: `Bearer ${tokens.planner}` },
      }),
      {},
    );
    const rows = (await list.json()).deadlines as { period: string; deadline: string; ruleDeadline: string }[];
    expect(rows.find((row) => row.period === "2026-TW1")).toMatchObject({
      ruleDeadline: "2026-04-15",
      deadline: "2026-04-20",
    });
    expect(rows.find((row) => row.period === "2026-S1")).toMatchObject({
      ruleDeadline: "2026-07-15",
      deadline: "2026-07-15",
    });
    await deleteLkpmDeadlineOverride("2026-TW1", admin);
  });
});
