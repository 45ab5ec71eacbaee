// Issue 15: the processing dashboard's per-counter and per-officer breakdowns read the roll-ups
// (ProcessingCounterDayStat/MonthStat, ProcessingOfficerDayStat/MonthStat). After registering and finishing files, an
// import and a re-import that moves and replaces files, every figure must equal a direct count over the applications,
// for a range that starts and ends mid-month (February and April from the day rows, March from the month rows) and
// with the licence-type and kecamatan filters; the suite's consistency check recounts the tables after each test.
// Data in 2010, a year no other test writes.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordApplicationAction, registerApplication } from "@/lib/applications/applications-store";
import { getProcessingBreakdown, type ProcessingBreakdownFilter } from "@/lib/applications/breakdown-queries";
import { importApplicationsCsv } from "@/lib/applications/import-store";

const system = { id: null, label: "test", role: "ADMIN" as const };
const FROM = "2010-02-15";
const TO = "2010-04-20";
const MOJOROTO = "35.71.01";
const KOTA = "35.71.02";

/** Registers a REKLAME file at `counter` by officer `by` on `start` and rejects it on `end` (both 09:00/10:00 WIB). */
async function file(counter: string, by: string, kelurahan: string, start: string, end: string) {
  const actor = { id: by, label: by, role: "OFFICER" as const };
  const form = { licenseType: "REKLAME", applicantName: "Uji", applicantKind: "individual", kelurahan, counter };
  const registrationNo = await registerApplication(form, actor, new Date(`${start}T02:00:00Z`));
  const outcome = { kind: "outcome", outcome: "rejected", reason: "Uji rincian" } as const;
  await recordApplicationAction(registrationNo, outcome, actor, new Date(`${end}T03:00:00Z`));
}

/** The figures counted directly from the applications finished in the filter's range (no roll-up involved). */
async function directCount(filter: ProcessingBreakdownFilter, by: "counter" | "officer") {
  const rows = await getDb().application.findMany({
    where: {
      finishedDay: { gte: filter.from, lte: filter.to },
      processingDays: { not: null },
      ...(filter.licenseTypeId !== null ? { licenseTypeId: filter.licenseTypeId } : {}),
      ...(filter.kecamatanCode !== null ? { kecamatanCode: filter.kecamatanCode } : {}),
    },
    select: { counterId: true, officerId: true, processingDays: true, isOnTime: true },
  });
  const groups = new Map<string, { completed: number; onTime: number; days: number }>();
  for (const row of rows) {
    const key = String((by === "counter" ? row.counterId : row.officerId) ?? "");
    const group = groups.get(key) ?? { completed: 0, onTime: 0, days: 0 };
    group.completed += 1;
    group.onTime += row.isOnTime ? 1 : 0;
    group.days += row.processingDays!;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      completed: g.completed,
      onTime: g.onTime,
      meanDays: Math.round((g.days / g.completed) * 100) / 100,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

let reklame = 0;
let l1 = "";
let l2 = "";

/** Every filter combination over the mid-month range and a range of whole months, both breakdowns. */
async function expectEqualToDirectCount() {
  const filters: ProcessingBreakdownFilter[] = [];
  for (const [from, to] of [
    [FROM, TO],
    ["2010-02-01", "2010-04-30"],
    ["2010-03-03", "2010-03-25"],
  ])
    for (const licenseTypeId of [null, reklame])
      for (const kecamatanCode of [null, MOJOROTO, KOTA]) filters.push({ from, to, licenseTypeId, kecamatanCode });
  for (const filter of filters)
    for (const by of ["counter", "officer"] as const)
      expect(await getProcessingBreakdown(filter, by), `${by} ${JSON.stringify(filter)}`).toEqual(
        await directCount(filter, by),
      );
}

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter";
const csv = (rows: string[][]) => [HEADER, ...rows.map((r) => r.join(","))].join("\n") + "\n";
const imported = (no: string, counter: string, submitted: string, completed: string, kota = false) => [
  no,
  "REKLAME",
  "Pemohon",
  "individual",
  kota ? "Kota" : "Mojoroto",
  kota ? "Semampir" : "Bandar Lor",
  `${submitted}T08:00`,
  `${completed}T14:00`,
  "issued",
  "350000",
  counter,
];

describe("processing breakdown roll-ups", () => {
  beforeAll(async () => {
    const db = getDb();
    reklame = (await db.licenseType.findUniqueOrThrow({ where: { code: "REKLAME" } })).id;
    [l1, l2] = await Promise.all(
      ["L1", "L2"].map(async (code) => String((await db.counter.findUniqueOrThrow({ where: { code } })).id)),
    );
    // Working days after the clock's first day (weekends skipped; no 2010 holidays listed).
    await file("L1", "petugas-x", "35.71.01.1001", "2010-02-08", "2010-02-10"); // before the range
    await file("L1", "petugas-x", "35.71.01.1001", "2010-02-15", "2010-02-17"); // 2 days
    await file("L2", "petugas-y", "35.71.02.1001", "2010-03-01", "2010-03-17"); // 12 days, late
    await file("L1", "petugas-y", "35.71.02.1001", "2010-04-05", "2010-04-07"); // 2 days
    await file("L2", "petugas-x", "35.71.01.1001", "2010-04-19", "2010-04-26"); // after the range
  });

  it("after registering and finishing: L1 2 files 2 on time 2 days, L2 1 late 12 days; the same as a direct count", async () => {
    const filter = { from: FROM, to: TO, licenseTypeId: null, kecamatanCode: null };
    expect(await getProcessingBreakdown(filter, "counter")).toEqual(
      [
        { key: l1, completed: 2, onTime: 2, meanDays: 2 },
        { key: l2, completed: 1, onTime: 0, meanDays: 12 },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    // petugas-y: (12 + 2) ÷ 2 = 7.
    expect(await getProcessingBreakdown(filter, "officer")).toEqual([
      { key: "petugas-x", completed: 1, onTime: 1, meanDays: 2 },
      { key: "petugas-y", completed: 2, onTime: 1, meanDays: 7 },
    ]);
    await expectEqualToDirectCount();
  });

  it('after an import (no officer recorded: key "") and a re-import that moves and replaces files', async () => {
    const first = csv([
      imported("BRK-2010-001", "L1", "2010-02-22", "2010-02-26"),
      imported("BRK-2010-002", "L2", "2010-03-08", "2010-03-12", true),
      imported("BRK-2010-003", "L2", "2010-03-15", "2010-03-19"),
      imported("BRK-2010-004", "", "2010-04-12", "2010-04-16", true),
      imported("BRK-2010-005", "L1", "2010-04-26", "2010-04-30"),
    ]);
    await importApplicationsCsv(first, { actor: system });
    const all = { from: FROM, to: TO, licenseTypeId: null, kecamatanCode: null };
    const byOfficer = await getProcessingBreakdown(all, "officer");
    // The imported files finished in the range (001–004) have no officer.
    expect(byOfficer.find((g) => g.key === "")).toMatchObject({ completed: 4 });
    await expectEqualToDirectCount();

    // 001 moves from February into March at L2, 002 out of the range, 003 from March into April; 004 stays.
    const second = csv([
      imported("BRK-2010-001", "L2", "2010-03-01", "2010-03-05"),
      imported("BRK-2010-002", "L2", "2010-04-26", "2010-04-28", true),
      imported("BRK-2010-003", "L1", "2010-04-05", "2010-04-09"),
      imported("BRK-2010-004", "", "2010-04-12", "2010-04-16", true),
    ]);
    await importApplicationsCsv(second, { actor: system });
    expect((await getProcessingBreakdown(all, "officer")).find((g) => g.key === "")).toMatchObject({ completed: 3 });
    await expectEqualToDirectCount();
  });
});
