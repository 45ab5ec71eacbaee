import "server-only";
/**
 * The processing dashboard's per-counter and per-officer views (issue 16): applications finished in [from, to]
 * (WIB days, the same set as the dashboard's "Selesai") grouped by the counter they were registered at or the
 * officer who registered them (null = not recorded), with how many were on time and their mean working days. The
 * page hides groups below the minimum n (lib/breakdowns/min-n.ts).
 */
import { getDb, perEngine, type Db, type DbArgs } from "../db/client";

export type ProcessingBreakdownFilter = {
  from: string;
  to: string;
  licenseTypeId: number | null;
  kecamatanCode: string | null;
};

export type ProcessingGroupFigures = {
  /** Counter id or officer (user) id as text; "" when not recorded. */
  key: string;
  completed: number;
  onTime: number;
  meanDays: number | null;
};

export async function getProcessingBreakdown(
  filter: ProcessingBreakdownFilter,
  by: "counter" | "officer",
  db: Db = getDb(),
): Promise<ProcessingGroupFigures[]> {
  const column = by === "counter" ? "counterId" : "officerId";
  const where = {
    finishedDay: { gte: filter.from, lte: filter.to },
    processingDays: { not: null },
    ...(filter.licenseTypeId !== null ? { licenseTypeId: filter.licenseTypeId } : {}),
    ...(filter.kecamatanCode !== null ? { kecamatanCode: filter.kecamatanCode } : {}),
  } satisfies DbArgs.ApplicationWhereInput;
  const allArgs = {
    by: [column],
    where,
    _count: { _all: true },
    _avg: { processingDays: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const onTimeArgs = {
    by: [column],
    where: { ...where, isOnTime: true },
    _count: { _all: true },
  } satisfies DbArgs.ApplicationGroupByArgs;
  const [all, onTime] = await Promise.all([
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(allArgs),
      postgresql: (c) => c.application.groupBy(allArgs),
    }),
    perEngine(db, {
      sqlite: (c) => c.application.groupBy(onTimeArgs),
      postgresql: (c) => c.application.groupBy(onTimeArgs),
    }),
  ]);
  const keyOf = (row: { counterId?: number | null; officerId?: string | null }) =>
    String((by === "counter" ? row.counterId : row.officerId) ?? "");
  const onTimeByKey = new Map(onTime.map((row) => [keyOf(row), row._count._all]));
  return all
    .map((row) => ({
      key: keyOf(row),
      completed: row._count._all,
      onTime: onTimeByKey.get(keyOf(row)) ?? 0,
      meanDays: row._avg.processingDays === null ? null : Math.round(row._avg.processingDays * 100) / 100,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}
