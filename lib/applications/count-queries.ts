import "server-only";
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";
import { addCalendarDays, wibStartOfDay } from "../calendar/working-days";

/** Instants from midnight WIB of `from` to midnight WIB after `to` (inclusive WIB days). */
function submittedBetween(from: string, to: string) {
  return { gte: wibStartOfDay(from), lt: wibStartOfDay(addCalendarDays(to, 1)) };
}

/**
 * Applications submitted on the WIB days `from` … `to`, optionally of some licence types and one kecamatan
 * (outreach campaigns, issue 20: the applications of a campaign's topic and area).
 */
export async function countApplicationsSubmitted(
  filter: { from: string; to: string; licenseTypeIds?: readonly number[]; kecamatanCode?: string | null },
  db: Db = getDb(),
): Promise<number> {
  return db.application.count({
    where: {
      submittedAt: submittedBetween(filter.from, filter.to),
      ...(filter.licenseTypeIds ? { licenseTypeId: { in: [...filter.licenseTypeIds] } } : {}),
      ...(filter.kecamatanCode ? { kecamatanCode: filter.kecamatanCode } : {}),
    },
  });
}

/** Applications issued (finished as issued) on the WIB days `from` … `to`. */
export async function countApplicationsIssued(period: { from: string; to: string }, db: Db = getDb()): Promise<number> {
  return db.application.count({ where: { status: "issued", finishedDay: { gte: period.from, lte: period.to } } });
}

/**
 * The raw rows the stored processing aggregates are counted from (the consistency check names them): finished
 * applications, stage events with their working days, and open applications (in process or returned).
 */
export async function countProcessingRows(db: Db = getDb()) {
  const [finished, stages, open] = await Promise.all([
    db.application.count({ where: { finishedDay: { not: null } } }),
    db.applicationEvent.count({ where: { kind: "stage", durationDays: { not: null } } }),
    db.application.count({ where: { status: { in: ["in_process", "returned"] } } }),
  ]);
  return { finished, stages, open };
}

/**
 * Per counter: applications registered there on the WIB days `from` … `to`, and its queue now (files registered
 * there that are still in process or returned to the applicant). Counter coverage shows these beside staffing.
 */
export async function countApplicationsByCounter(
  period: { from: string; to: string },
  db: Db = getDb(),
): Promise<Map<number, { registered: number; open: number }>> {
  const registeredArgs = {
    by: ["counterId"],
    where: { counterId: { not: null }, submittedAt: submittedBetween(period.from, period.to) },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const openArgs = {
    by: ["counterId"],
    where: { counterId: { not: null }, status: { in: ["in_process", "returned"] } },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const [registered, open] = await Promise.all([
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(registeredArgs),
      postgresql: (c) => c.application.groupBy(registeredArgs),
    }),
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(openArgs),
      postgresql: (c) => c.application.groupBy(openArgs),
    }),
  ]);
  const out = new Map<number, { registered: number; open: number }>();
  const entry = (id: number) => out.get(id) ?? out.set(id, { registered: 0, open: 0 }).get(id)!;
  for (const r of registered) entry(r.counterId!).registered = r._count._all;
  for (const r of open) entry(r.counterId!).open = r._count._all;
  return out;
}
