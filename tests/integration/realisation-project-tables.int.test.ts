import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";
import { getDb } from "@/lib/db/client";
import { withLkpmPeriodStats } from "@/lib/investment/lkpm-period-stat-store";
import { getRealisationProjectTables } from "@/lib/investment/realisation-queries";
import { saveRealisation } from "@/lib/investment/realisation-store";
import { insertInvestmentProject } from "../support/investment-project";
import { missingReportListQuery } from "@/lib/investment/missing-report-queries";
import { referenceMissingList, referenceProjectTables } from "../support/realisation-reference";

// The realisation page's project tables read from LkpmProjectStat (kept by triggers) must equal the old statements
// that joined every project to its reports (tests/support/realisation-reference.ts), over the whole database, after
// every kind of write and for days on both sides of period ends. The suite's afterEach recounts LkpmProjectStat.

const ACTOR = { id: null, label: "test", role: "PLANNER" as const };
// Days around the ends of TW3/S1 2025 … TW1 2026: each moves the latest owed triwulan or semester.
const DAYS = ["2025-06-30", "2025-07-01", "2025-09-30", "2025-10-01", "2025-12-31", "2026-01-01", "2026-04-01"];
const FILED_ON = new Date("2026-01-05T03:00:00.000Z");

type Seed = { no: string; issued: string; scale: string; value: bigint; status?: string };
const SEEDS: Seed[] = [
  { no: "RP-A", issued: "2025-02-10T03:00:00.000Z", scale: "besar", value: 10_000_000_000n },
  { no: "RP-B", issued: "2025-02-11T03:00:00.000Z", scale: "menengah", value: 10_000_000_000n },
  { no: "RP-C", issued: "2025-05-20T03:00:00.000Z", scale: "kecil", value: 4_000_000_000n },
  { no: "RP-D", issued: "2025-12-20T03:00:00.000Z", scale: "besar", value: 5_000_000_000n },
  // A declared investment of 0: never obligated, but its reports count in LkpmPeriodStat.
  { no: "RP-Z", issued: "2025-03-01T03:00:00.000Z", scale: "besar", value: 0n },
  { no: "RP-M", issued: "2025-01-05T03:00:00.000Z", scale: "mikro", value: 500_000_000n },
  { no: "RP-R", issued: "2025-03-01T03:00:00.000Z", scale: "besar", value: 9_000_000_000n, status: "rejected" },
];

async function file(registrationNo: string, year: number, period: string, rupiah: string) {
  await saveRealisation(
    { registrationNo, year, period, realisedInvestment: rupiah, workersLocal: 5, workersForeign: 0 },
    { actor: ACTOR, source: "api", now: FILED_ON },
  );
}

// States of the full list of missing reports (/staf/investasi/realisasi/belum-lapor): sorts, pages and searches.
const LIST_STATES = [
  { sort: "issued", dir: "asc", skip: 0, take: 50 },
  { sort: "registrationNo", dir: "desc", skip: 1, take: 2 },
  { sort: "applicant", dir: "asc", skip: 0, take: 50 },
  { sort: "scale", dir: "desc", skip: 0, take: 50, q: "rp-" },
  { sort: "issued", dir: "desc", skip: 0, take: 50, q: "pt rp-c" },
] as const;

/** The tables (top 3 and all rows) and the full list equal the reference's, for every day. */
async function expectSameAsReference() {
  for (const day of DAYS) {
    for (const limit of [3, 10_000]) {
      expect(await getRealisationProjectTables(day, limit), `${day} top ${limit}`).toEqual(
        await referenceProjectTables(day, limit),
      );
    }
    for (const state of LIST_STATES) {
      const query = missingReportListQuery(day, { q: "", ...state });
      expect({ total: await query.count(), rows: await query.read(state.skip, state.take) }, day).toEqual(
        await referenceMissingList(day, state),
      );
    }
  }
}

const mine = <T extends { registrationNo: string }>(rows: T[]) =>
  rows.filter((row) => row.registrationNo.startsWith("RP-")).map((row) => row.registrationNo);

/** An application edit as the writers make it: LKPM sums around it, the day aggregates after it. */
async function editApplication(registrationNo: string, data: { scale?: string; investmentValue?: bigint }) {
  const db = getDb();
  const app = await db.application.findUniqueOrThrow({ where: { registrationNo } });
  await db.$transaction(async (tx) => {
    await withLkpmPeriodStats(tx, [app.id], () => tx.application.update({ where: { id: app.id }, data }));
    await refreshProcessingStats(tx, [app.finishedDay!]);
  });
}

// The same food-industry project in one kecamatan but for what the seeds vary.
const PROJECT = {
  kecamatanCode: "35.71.01",
  workersLocal: 10,
  workersForeign: 0,
  kbli: "10792",
  sector: "industri_makanan",
  sectorGroup: "sekunder",
  origin: "PMDN",
};

beforeAll(async () => {
  for (const { no, issued, scale, value, status } of SEEDS) {
    const names = { registrationNo: no, applicantName: `PT ${no}` };
    await insertInvestmentProject({
      ...PROJECT,
      ...names,
      finishedAt: new Date(issued),
      status: status ?? "issued",
      value,
      scale,
    });
  }
  await getDb().$transaction(async (tx) => refreshProcessingStats(tx, "all"));
});

describe("realisation project tables from LkpmProjectStat", () => {
  it("equal the old statements for new projects without reports", async () => {
    await expectSameAsReference();
    const tables = await getRealisationProjectTables("2026-01-01", 10_000);
    // Obligated on 2026-01-01: A, B (TW1 2025 ended), C (S1 2025 ended), D (TW4 2025 ended); not Z, M, R.
    expect(mine(tables.lowest)).toEqual(["RP-A", "RP-B", "RP-C", "RP-D"]);
    expect(mine(tables.notFiled)).toEqual(["RP-A", "RP-B", "RP-C", "RP-D"]);
  });

  it("after reports are filed, including by a project with no declared investment", async () => {
    for (const period of ["TW1", "TW2", "TW3", "TW4"]) await file("RP-A", 2025, period, "1000000000");
    for (const period of ["TW1", "TW2", "TW3", "TW4"]) await file("RP-B", 2025, period, "1000000000");
    await file("RP-C", 2025, "S1", "1000000000");
    await file("RP-Z", 2025, "TW4", "100");
    await expectSameAsReference();
    const tables = await getRealisationProjectTables("2026-01-01", 10_000);
    // D 0 %; C 1 of 4 M = 25 %; A and B 4 of 10 M = 40 % each (tie: registration number).
    expect(mine(tables.lowest)).toEqual(["RP-D", "RP-C", "RP-A", "RP-B"]);
    expect(tables.lowest.filter((p) => p.registrationNo.startsWith("RP-")).map((p) => p.ratio)).toEqual([
      0, 250, 400, 400,
    ]);
    // Latest owed: TW4 2025 (A, B filed; D not), S2 2025 (C not).
    expect(mine(tables.notFiled)).toEqual(["RP-C", "RP-D"]);
  });

  it("after a report is sent again (replaced) and after one is deleted", async () => {
    await file("RP-A", 2025, "TW4", "3000000000");
    await expectSameAsReference();
    expect(mine((await getRealisationProjectTables("2026-01-01", 10_000)).lowest)).toEqual([
      "RP-D",
      "RP-C",
      "RP-B",
      "RP-A",
    ]);
    const db = getDb();
    const b = await db.application.findUniqueOrThrow({ where: { registrationNo: "RP-B" } });
    await db.$transaction((tx) =>
      withLkpmPeriodStats(tx, [b.id], () =>
        tx.investmentRealisation.deleteMany({ where: { applicationId: b.id, year: 2025, periodNumber: 4 } }),
      ),
    );
    await expectSameAsReference();
    const tables = await getRealisationProjectTables("2026-01-01", 10_000);
    expect(mine(tables.notFiled)).toEqual(["RP-B", "RP-C", "RP-D"]);
    expect(tables.lowest.find((p) => p.registrationNo === "RP-B")).toMatchObject({ filed: 3, ratio: 300 });
  });

  it("after an application's scale or declared investment changes", async () => {
    // C becomes menengah: its semester report no longer counts, it owes triwulan reports from TW2 2025.
    await editApplication("RP-C", { scale: "menengah" });
    await expectSameAsReference();
    expect((await getRealisationProjectTables("2026-01-01", 10_000)).lowest).toContainEqual(
      expect.objectContaining({ registrationNo: "RP-C", filed: 0, ratio: 0, realisedInvestment: 0n }),
    );
    // A's plan doubles: 6 of 20 M = 30 %. Z's becomes positive: it is obligated now, with its 100 rupiah.
    await editApplication("RP-A", { investmentValue: 20_000_000_000n });
    await editApplication("RP-Z", { investmentValue: 1_000_000n });
    await expectSameAsReference();
    const tables = await getRealisationProjectTables("2026-01-01", 10_000);
    expect(tables.lowest.find((p) => p.registrationNo === "RP-A")?.ratio).toBe(300);
    expect(tables.lowest.find((p) => p.registrationNo === "RP-Z")).toMatchObject({ filed: 1, ratio: 0 });
  });

  it("after an application is deleted (its reports go with it)", async () => {
    await deleteApplications(["RP-Z"]);
    await expectSameAsReference();
    expect(mine((await getRealisationProjectTables("2026-01-01", 10_000)).lowest)).not.toContain("RP-Z");
  });
});

/** Deletes applications as the writers do: LKPM sums first, the day aggregates after. */
async function deleteApplications(registrationNos: string[]) {
  const db = getDb();
  const apps = await db.application.findMany({ where: { registrationNo: { in: registrationNos } } });
  const ids = apps.map((app) => app.id);
  await db.$transaction(async (tx) => {
    await withLkpmPeriodStats(tx, ids, () => tx.application.deleteMany({ where: { id: { in: ids } } }));
    await refreshProcessingStats(tx, [...new Set(apps.map((app) => app.finishedDay!))]);
  });
}

// Other suites sum every LKPM report in the database: leave none of these projects behind.
afterAll(() => deleteApplications(SEEDS.map((seed) => seed.no)));
