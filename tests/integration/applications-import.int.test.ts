// The streaming CSV import (lib/applications/import-store.ts) over more than one write chunk, on the engine of this run:
// all-or-nothing rejections, rollback of a failure in the middle of the write pass, idempotent re-import and the
// per-day aggregates equal to a recount. Rows use 2023 dates and "ST-" numbers so other files' figures stay apart.
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/applications/import/route";
import { getDb, perEngine, type DbArgs } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import {
  recoverInterruptedImports,
  withApplicationsBulkWriter,
  type ApplicationRow,
  type EventRow,
} from "@/lib/applications/bulk-store";
import { submitSurveyResponse } from "@/lib/skm/submit-response";
import { runConsistencyCheck } from "@/lib/integrity/consistency-queries";
import { recountLkpmPeriodStats } from "@/lib/investment/lkpm-period-stat-store";
import { refreshProcessingStats } from "@/lib/applications/processing-day-stat-store";

const system = { id: null, label: "test", role: "ADMIN" as const };
const isSqlite = inject("databaseEngine") === "sqlite";
let adminToken = "";

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,penetapanAt,investmentValue,investmentCurrency,workersLocal,workersForeign,kbli,kbliVersion,origin";
const FROM = "2023-01-01";
const TO = "2023-12-31";
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 2); // a Monday

/** A valid issued file: 5 events (pendaftaran, verifikasi, penetapan, penyerahan, issued); every third an IUI with investment. */
function row(n: number, options: { prefix?: string; finishShift?: number } = {}): string {
  const day = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10);
  const submit = (n % 60) * 5; // spread over the year, always a Monday
  const finish = submit + 3 + (n % 2) + (options.finishShift ?? 0);
  const isBusiness = n % 3 === 0;
  const fields = [
    `${options.prefix ?? "ST"}-${String(n).padStart(5, "0")}`,
    isBusiness ? "IUI" : "REKLAME",
    `Pemohon ${n}`,
    isBusiness ? "business" : "individual",
    n % 2 === 0 ? "Kota" : "Pesantren",
    n % 2 === 0 ? "Setono Pande" : "Burengan",
    `${day(submit)}T08:00`,
    `${day(finish)}T14:00`,
    "issued",
    isBusiness ? "0" : "350000",
    "L1",
    `${day(submit)}T09:00`,
    `${day(finish)}T10:00`,
    ...(isBusiness
      ? [String((n % 50) * 10_000_000 + 50_000_000), "IDR", String(n % 20), "0", "47111", "2020", "PMDN"]
      : ["", "", "", "", "", "", ""]),
  ];
  return fields.join(",");
}
const file = (rows: string[]) => [HEADER, ...rows].join("\n") + "\n";
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => row(from + index));
const importViaApi = (body: string, query = "") =>
  postImport(
    new Request(`http://localhost/api/v1/applications/import${query}`, {
      method: "POST",
      body,
      headers: { "content-type": "text/csv", authorization: `Bearer ${adminToken}` },
    }),
    {},
  );

const counts = async () => ({
  applications: await getDb().application.count(),
  events: await getDb().applicationEvent.count(),
});

/** The aggregate tables' rows for 2023, in a stable order. */
async function aggregates() {
  const db = getDb();
  const where = { day: { gte: FROM, lte: TO } };
  const days = await db.processingDayStat.findMany({
    where,
    orderBy: [
      { day: "asc" },
      { licenseTypeId: "asc" },
      { kecamatanCode: "asc" },
      { processingDays: "asc" },
      { isOnTime: "asc" },
    ],
  });
  const stages = await db.processingStageDayStat.findMany({
    where,
    orderBy: [
      { day: "asc" },
      { licenseTypeId: "asc" },
      { kecamatanCode: "asc" },
      { stage: "asc" },
      { durationDays: "asc" },
    ],
  });
  const investment = await db.investmentDayStat.findMany({
    where,
    orderBy: [
      { day: "asc" },
      { sector: "asc" },
      { sectorGroup: "asc" },
      { kecamatanCode: "asc" },
      { origin: "asc" },
      { scale: "asc" },
    ],
  });
  return { days, stages, investment: investment.map((stat) => ({ ...stat, investment: String(stat.investment) })) };
}

/** The same aggregates recounted from the base tables with Prisma's groupBy (independent of the refresh SQL). */
async function recount() {
  const db = getDb();
  const finishedDay = { gte: FROM, lte: TO };
  const dayKeys = ["finishedDay", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime"] as const;
  const finished = { finishedDay, processingDays: { not: null }, isOnTime: { not: null } };
  const dayArgs = { by: [...dayKeys], where: finished, _count: { _all: true } } satisfies DbArgs.ApplicationGroupByArgs;
  const issuedArgs = {
    by: [...dayKeys],
    where: { ...finished, status: "issued" },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const days = await perEngine(db, {
    sqlite: (c) => c.application.groupBy(dayArgs),
    postgresql: (c) => c.application.groupBy(dayArgs),
  });
  const issuedDays = await perEngine(db, {
    sqlite: (c) => c.application.groupBy(issuedArgs),
    postgresql: (c) => c.application.groupBy(issuedArgs),
  });
  const dayKey = (g: (typeof days)[number]) => dayKeys.map((k) => String(g[k])).join("|");
  const issuedOf = new Map(issuedDays.map((g) => [dayKey(g), g._count._all]));
  // Stage events counted by their application's kecamatan (a join groupBy cannot express).
  const events = await db.applicationEvent.findMany({
    where: { finishedDay, kind: "stage", durationDays: { not: null } },
    select: {
      finishedDay: true,
      licenseTypeId: true,
      stage: true,
      durationDays: true,
      application: { select: { kecamatanCode: true } },
    },
  });
  const stageCounts = new Map<
    string,
    { day: string; licenseTypeId: number; kecamatanCode: string; stage: string; durationDays: number; count: number }
  >();
  for (const e of events) {
    const row = {
      day: e.finishedDay as string,
      licenseTypeId: e.licenseTypeId as number,
      kecamatanCode: e.application.kecamatanCode ?? "",
      stage: e.stage,
      durationDays: e.durationDays as number,
    };
    const key = [row.day, row.licenseTypeId, row.kecamatanCode, row.stage, row.durationDays].join("|");
    stageCounts.set(key, { ...row, count: (stageCounts.get(key)?.count ?? 0) + 1 });
  }
  const investmentArgs = {
    by: ["finishedDay", "sector", "sectorGroup", "kecamatanCode", "origin", "scale"],
    where: { finishedDay, status: "issued", investmentValue: { not: null } },
    _count: { _all: true },
    _sum: { investmentValue: true, workersLocal: true, workersForeign: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const investment = await perEngine(db, {
    sqlite: (c) => c.application.groupBy(investmentArgs),
    postgresql: (c) => c.application.groupBy(investmentArgs),
  });
  const byKey = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    days: byKey(
      days.map((g) => ({
        day: g.finishedDay as string,
        licenseTypeId: g.licenseTypeId,
        kecamatanCode: g.kecamatanCode ?? "",
        processingDays: g.processingDays as number,
        isOnTime: g.isOnTime as boolean,
        count: g._count._all,
        issued: issuedOf.get(dayKey(g)) ?? 0,
      })),
      (r) =>
        `${r.day}|${String(r.licenseTypeId).padStart(6)}|${r.kecamatanCode}|${String(r.processingDays).padStart(6)}|${Number(r.isOnTime)}`,
    ),
    stages: byKey(
      [...stageCounts.values()],
      (r) =>
        `${r.day}|${String(r.licenseTypeId).padStart(6)}|${r.kecamatanCode}|${r.stage}|${String(r.durationDays).padStart(6)}`,
    ),
    investment: byKey(
      investment.map((g) => ({
        day: g.finishedDay as string,
        sector: g.sector ?? "",
        sectorGroup: g.sectorGroup ?? "",
        kecamatanCode: g.kecamatanCode ?? "",
        origin: g.origin ?? "",
        scale: g.scale ?? "",
        projects: g._count._all,
        investment: String(g._sum.investmentValue),
        workers: (g._sum.workersLocal ?? 0) + (g._sum.workersForeign ?? 0),
      })),
      (r) => [r.day, r.sector, r.sectorGroup, r.kecamatanCode, r.origin, r.scale].join("|"),
    ),
  };
}

/** Everything a failed import must leave untouched: counts, the 2023 aggregates, the ST rows and their events. */
async function snapshot() {
  const db = getDb();
  const rows = await db.application.findMany({
    where: { registrationNo: { startsWith: "ST-" } },
    orderBy: { registrationNo: "asc" },
    include: {
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, stage: true, at: true, durationDays: true, finishedDay: true },
      },
    },
  });
  return {
    counts: await counts(),
    aggregates: await aggregates(),
    rows: JSON.stringify(rows, (_, value) => (typeof value === "bigint" ? String(value) : value)),
  };
}

beforeAll(async () => {
  adminToken = (await createApiToken({ name: "import-stream-admin", role: "ADMIN" }, system)).token;
});

describe("streaming CSV import over several chunks", () => {
  it("all-or-nothing: a file whose LAST row is invalid writes nothing", async () => {
    const before = await snapshot();
    const res = await importViaApi(file([...range(1, 2_100), row(2_101).replace(",REKLAME,", ",XYZ,")]));
    expect(res.status).toBe(422);
    const { result } = await res.json();
    expect(result).toMatchObject({ rows: 2_101, imported: 0, invalidRows: 1, errorCount: 1, committed: false });
    expect(result.errors).toEqual([{ line: 2_102, column: "licenseType", message: "Jenis izin tidak dikenal: XYZ." }]);
    expect(await snapshot()).toEqual(before);
  });

  it("imports a file larger than one chunk once; re-importing it changes nothing; aggregates equal a recount", async () => {
    const before = await counts();
    const body = file(range(1, 2_345));
    const res = await importViaApi(body);
    expect(res.status).toBe(200);
    expect((await res.json()).result).toMatchObject({
      rows: 2_345,
      imported: 2_345,
      created: 2_345,
      updated: 0,
      invalidRows: 0,
      errorCount: 0,
      committed: true,
    });
    const after = await counts();
    expect(after).toEqual({ applications: before.applications + 2_345, events: before.events + 2_345 * 5 });
    const stored = await getDb().application.findMany({
      where: { registrationNo: { startsWith: "ST-" } },
      select: { id: true, registrationNo: true },
    });
    expect(new Set(stored.map((a) => a.registrationNo)).size).toBe(2_345);
    const ids = new Map(stored.map((a) => [a.registrationNo, a.id]));
    const imported = await aggregates();
    expect(imported.days.reduce((sum, stat) => sum + stat.count, 0)).toBe(2_345);
    expect(imported).toEqual(await recount());

    const again = await importViaApi(body);
    expect((await again.json()).result).toMatchObject({ imported: 2_345, created: 0, updated: 2_345, committed: true });
    expect(await counts()).toEqual(after);
    const restored = await getDb().application.findMany({
      where: { registrationNo: { startsWith: "ST-" } },
      select: { id: true, registrationNo: true },
    });
    expect(restored.every((a) => ids.get(a.registrationNo) === a.id)).toBe(true);
    expect(await aggregates()).toEqual(imported);
    expect(await recount()).toEqual(imported);
  });

  it("valid-only across chunks stores exactly the valid rows", async () => {
    const before = await counts();
    const rows = Array.from({ length: 9 }, (_, index) => row(index + 1, { prefix: "SV" }));
    rows[1] = rows[1].replace(",350000,", ",-1,"); // line 3
    rows[7] = rows[7].replace("Setono Pande", "Atlantis"); // line 9
    const result = await importApplicationsCsv(file(rows), { mode: "valid-only", actor: system, chunkSize: 2 });
    expect(result).toMatchObject({ rows: 9, imported: 7, created: 7, invalidRows: 2, errorCount: 2, committed: true });
    expect(result.errors.map((e) => `${e.line}/${e.column}`)).toEqual(["3/feeCharged", "9/kelurahan"]);
    expect((await counts()).applications - before.applications).toBe(7);
    expect(await getDb().application.count({ where: { registrationNo: { in: ["SV-00002", "SV-00008"] } } })).toBe(0);
    expect(await aggregates()).toEqual(await recount());
  });

  it("two imports at the same time both complete (each in its own transaction)", async () => {
    const before = await counts();
    const [first, second] = await Promise.all([
      importApplicationsCsv(file(Array.from({ length: 30 }, (_, index) => row(index + 1, { prefix: "SA" }))), {
        actor: system,
        chunkSize: 5,
      }),
      importApplicationsCsv(file(Array.from({ length: 20 }, (_, index) => row(index + 1, { prefix: "SB" }))), {
        actor: system,
        chunkSize: 5,
      }),
    ]);
    expect([first.created, second.created]).toEqual([30, 20]);
    expect(await counts()).toEqual({ applications: before.applications + 50, events: before.events + 250 });
    expect(await aggregates()).toEqual(await recount());
  });

  it("a failure in the middle of the write pass rolls back every chunk, updates included, and the aggregates", async () => {
    const before = await snapshot();
    const audits = await getDb().auditLog.count({ where: { action: { startsWith: "import.applications" } } });
    // Rows 1–6 already exist and finish a week later now (their old and new days' aggregates would change);
    // rows 9001–9010 are new. Chunks of 4: the third chunk's progress report fails, after 12 rows were written.
    const rows = [
      ...Array.from({ length: 6 }, (_, index) => row(index + 1, { finishShift: 5 })),
      ...range(9_001, 9_010),
    ];
    const written: number[] = [];
    await expect(
      importApplicationsCsv(file(rows), {
        actor: system,
        chunkSize: 4,
        onProgress: ({ phase, rows: done }) => {
          if (phase !== "write") return;
          written.push(done);
          if (done >= 12) throw new Error("injected failure after the third chunk");
        },
      }),
    ).rejects.toThrow("injected failure after the third chunk");
    expect(written).toEqual([4, 8, 12]);
    expect(await snapshot()).toEqual(before);
    expect(await getDb().application.count({ where: { registrationNo: { startsWith: "ST-09" } } })).toBe(0);
    expect(await getDb().auditLog.count({ where: { action: { startsWith: "import.applications" } } })).toBe(audits);
    // The same file then imports cleanly.
    const result = await importApplicationsCsv(file(rows), { actor: system, chunkSize: 4 });
    expect(result).toMatchObject({ imported: 16, created: 10, updated: 6, committed: true });
    expect(await aggregates()).toEqual(await recount());
  });

  it("a re-import keeps the LKPM reports and agency recommendations of the applications it replaces", async () => {
    const db = getDb();
    const withDependents = { realisations: true, recommendations: true } as const;
    await attachDependents("ST-00006");
    const before = await db.application.findUniqueOrThrow({
      where: { registrationNo: "ST-00006" },
      include: withDependents,
    });
    expect([before.scale, before.realisations.length, before.recommendations.length]).toEqual(["menengah", 1, 1]);
    const result = await importApplicationsCsv(file([row(6, { finishShift: 1 })]), { actor: system });
    expect(result).toMatchObject({ imported: 1, created: 0, updated: 1, committed: true });
    const after = await db.application.findUniqueOrThrow({
      where: { registrationNo: "ST-00006" },
      include: withDependents,
    });
    // The file's figures replace the row's (another finishing day; the scale computed from the file's investment)…
    expect([after.id, after.createdAt]).toEqual([before.id, before.createdAt]);
    expect(after.finishedDay).not.toBe(before.finishedDay);
    expect(after.scale).toBe("mikro");
    // …and what the file does not carry stays (the LKPM sums follow the new scale: checked after each test).
    expect(after.realisations).toEqual(before.realisations);
    expect(after.recommendations).toEqual(before.recommendations);
  });

  it("a constraint violation in a later chunk of the bulk writer rolls back the earlier chunks and the aggregates", async () => {
    const db = getDb();
    const before = await snapshot();
    const template = await db.application.findUniqueOrThrow({
      where: { registrationNo: "ST-00010" },
      include: { events: true },
    });
    const item = (registrationNo: string, finishedDay: string) => {
      const { createdAt: _created, updatedAt: _updated, events, ...application } = template;
      const id = `bulk-${registrationNo}`;
      return {
        application: { ...application, id, registrationNo, finishedDay } as ApplicationRow,
        events: events.map(({ id: _eventId, ...event }) => ({ ...event, applicationId: id, finishedDay }) as EventRow),
      };
    };
    const chunks: number[] = [];
    await expect(
      withApplicationsBulkWriter(db, async (write) => {
        // A new application on a day with no 2023 aggregate yet, and a replacement of an existing one.
        chunks.push((await write([item("ST-X0001", "2023-12-27"), item("ST-00011", "2023-12-28")])).updated);
        // NOT NULL violation in the database (validation would never let it through).
        const broken = item("ST-X0002", "2023-12-29");
        broken.application = { ...broken.application, clockStartDay: null as unknown as string };
        chunks.push((await write([broken])).updated);
      }),
    ).rejects.toThrow();
    expect(chunks).toEqual([1]);
    expect(await snapshot()).toEqual(before);
    expect(await db.application.findUnique({ where: { registrationNo: "ST-X0001" } })).toBeNull();
    expect(await db.processingDayStat.count({ where: { day: { in: ["2023-12-27", "2023-12-28"] } } })).toBe(0);
  });
});

/** Differences between the stored aggregates and a recount, per section (all zero on a consistent database). */
const consistency = async () =>
  Object.fromEntries((await runConsistencyCheck()).sections.map((s) => [s.name, s.differenceCount]));

const dependentsOf = async (registrationNo: string) => {
  const db = getDb();
  const [lkpm, dependents] = await Promise.all([
    db.lkpmPeriodStat.findMany({ orderBy: [{ periodLastDay: "asc" }, { periodKind: "asc" }, { sector: "asc" }] }),
    db.application.findUniqueOrThrow({
      where: { registrationNo },
      include: { realisations: true, recommendations: true },
    }),
  ]);
  return JSON.stringify({ lkpm, dependents }, (_, value) => (typeof value === "bigint" ? String(value) : value));
};

/** A replaced application's dependent rows: its LKPM report (counted: scale menengah, triwulan) and an agency's word. */
async function attachDependents(registrationNo: string) {
  const db = getDb();
  const application = await db.application.update({ where: { registrationNo }, data: { scale: "menengah" } });
  await db.investmentRealisation.create({
    data: {
      applicationId: application.id,
      year: 2023,
      periodKind: "triwulan",
      periodNumber: 4,
      periodFirstDay: "2023-10-01",
      periodLastDay: "2023-12-31",
      realisedInvestment: 12_345_678_901n,
      currency: "IDR",
      originalAmount: "12345678901",
      workersLocal: 7,
      workersForeign: 0,
      reportedAt: new Date("2024-01-08T03:00:00Z"),
      reportedDay: "2024-01-08",
      isOnTime: true,
      source: "form",
    },
  });
  await db.agencyRecommendation.create({
    data: {
      applicationId: application.id,
      licenseTypeId: application.licenseTypeId,
      agency: "DLH",
      decision: "recommend",
      stageStartedAt: new Date("2023-01-03T02:00:00Z"),
      workingDays: 2,
      agencySlaDays: 5,
      isWithinSla: true,
      recordedAt: new Date("2023-01-05T02:00:00Z"),
      recordedDay: "2023-01-05",
      actorLabel: "Dinas Lingkungan Hidup",
    },
  });
  await recountLkpmPeriodStats(db, [{ lastDay: "2023-12-31", kind: "triwulan" }]);
  await refreshProcessingStats(db, [application.finishedDay!]); // its investment day now says "menengah"
  return dependentsOf(registrationNo);
}

// SQLite has one write lock for the whole file: the import commits a few hundred rows at a time, so other writes go
// between its chunks, and an undo journal keeps it all-or-nothing (lib/applications/bulk-undo-journal-store.ts).
describe.skipIf(!isSqlite)("SQLite: writes between an import's chunks, and its undo", () => {
  it("a survey submission during an import is stored at once and stays when the import then fails; the import is undone with its replaced rows' reports", async () => {
    const db = getDb();
    const replacedBefore = await attachDependents("ST-00003");
    const before = await snapshot();
    const checksBefore = await consistency();
    const rows = [
      ...Array.from({ length: 6 }, (_, index) => row(index + 1, { finishShift: 5 })),
      ...range(9_101, 9_110),
    ];
    let submission: { id: string; ms: number } | null = null;
    let visibleDuringImport = -1;
    await expect(
      importApplicationsCsv(file(rows), {
        actor: system,
        chunkSize: 4,
        onProgress: async ({ phase, rows: done }) => {
          if (phase !== "write") return;
          if (done === 8) {
            // Two chunks are committed: their new rows are visible, and a submission does not wait for the import.
            visibleDuringImport = await db.application.count({ where: { registrationNo: { startsWith: "ST-091" } } });
            const started = Date.now();
            const stored = await submitSurveyResponse(
              {
                questionnaire: "SKM-2017",
                answers: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`U${i + 1}`, 4])),
                respondent: { age: 41, sex: "P", education: "s1", occupation: "swasta" },
                channel: "web",
                licenseType: "PBG",
                counter: "L2",
                idempotencyKey: "during-import-1",
              },
              { now: new Date(), caller: { kind: "staff", actor: system } },
            );
            submission = { id: stored.id, ms: Date.now() - started };
          }
          if (done >= 12) throw new Error("injected failure after the third chunk");
        },
      }),
    ).rejects.toThrow("injected failure after the third chunk");
    expect(visibleDuringImport).toBe(2);
    expect(submission).not.toBeNull();
    expect(submission!.ms).toBeLessThan(2_000);
    expect(await db.surveyResponse.count({ where: { id: submission!.id } })).toBe(1);
    // The import is undone whole: rows, timelines, the replaced file's LKPM report and agency recommendation (the
    // cascade had deleted them), the LKPM period sums and the day aggregates.
    expect(await snapshot()).toEqual(before);
    expect(await dependentsOf("ST-00003")).toBe(replacedBefore);
    expect(await consistency()).toEqual(checksBefore);
    expect(await db.bulkWriteSession.count()).toBe(0);
    expect(await db.bulkWriteJournal.count()).toBe(0);
  });

  it("kill -9 in the middle of an import: the committed chunks are undone at the next start", async () => {
    const db = getDb();
    const before = await snapshot();
    const replacedBefore = await dependentsOf("ST-00003");
    const checksBefore = await consistency();
    const csv = path.join(tmpdir(), `lentera-import-crash-${process.pid}.csv`);
    writeFileSync(
      csv,
      file([...Array.from({ length: 6 }, (_, index) => row(index + 1, { finishShift: 5 })), ...range(9_201, 9_210)]),
    );
    try {
      const child = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "tests/support/import-crash-child.ts", csv, "8"],
        {
          env: { ...process.env, DATABASE_URL: inject("databaseUrl"), LENTERA_DEMO: "0" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.once("exit", (_code, s) => resolve(s)),
      );
      expect(signal).toBe("SIGKILL");
      expect(output).toBe("written 8\n");
    } finally {
      rmSync(csv, { force: true });
    }
    // What the killed process committed is still there: two chunks (six replaced files, two new ones).
    expect(await db.application.count({ where: { registrationNo: { startsWith: "ST-092" } } })).toBe(2);
    expect(await db.bulkWriteSession.count({ where: { state: "writing" } })).toBe(1);
    expect(await db.bulkWriteJournal.count()).toBe(8);
    // The consistency check names it (and its day figures, refreshed only at an import's end, differ meanwhile).
    const { sections } = await runConsistencyCheck();
    expect(sections.find((s) => s.name === "unfinished-imports")).toMatchObject({
      rawRows: 1,
      storedRows: 8,
      differenceCount: 1,
    });

    expect(await recoverInterruptedImports()).toMatchObject({ undone: 1, applications: 8 });
    expect(await snapshot()).toEqual(before);
    expect(await dependentsOf("ST-00003")).toBe(replacedBefore);
    expect(await consistency()).toEqual(checksBefore);
    expect(await db.bulkWriteSession.count()).toBe(0);
    expect(await db.bulkWriteJournal.count()).toBe(0);
    // Nothing left to do the second time.
    expect(await recoverInterruptedImports()).toMatchObject({ undone: 0 });
  });

  it("a session whose process still runs is left alone; once that process is gone it is undone", async () => {
    const db = getDb();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      const { hostname } = await import("node:os");
      const now = new Date();
      const application = await db.application.findUniqueOrThrow({ where: { registrationNo: "ST-00020" } });
      await db.bulkWriteSession.create({
        data: {
          id: "live-session",
          pid: sleeper.pid!,
          host: hostname(),
          state: "writing",
          days: JSON.stringify([application.finishedDay]),
          startedAt: now,
          heartbeatAt: now,
        },
      });
      // As if that process had just created ST-00020.
      await db.bulkWriteJournal.create({
        data: { sessionId: "live-session", applicationId: application.id, previous: null },
      });
      expect(await recoverInterruptedImports()).toMatchObject({ undone: 0 });
      expect(await db.application.count({ where: { registrationNo: "ST-00020" } })).toBe(1);
    } finally {
      sleeper.kill("SIGKILL");
      await new Promise((resolve) => sleeper.once("exit", resolve));
    }
    expect(await recoverInterruptedImports()).toMatchObject({ undone: 1, applications: 1 });
    expect(await db.application.count({ where: { registrationNo: "ST-00020" } })).toBe(0);
    expect(await db.bulkWriteSession.count()).toBe(0);
  });
});
