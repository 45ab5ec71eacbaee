import "server-only";
/**
 * Keeps LkpmPeriodStat (LKPM reports summed per reporting period, see lkpm-period-sql.ts) in step with its two
 * writers, inside their transactions: a report write and an application write call `withLkpmPeriodStats`, which
 * subtracts the projects' counted reports before the change and adds them back after it (the change may add,
 * replace or remove reports, or make a project count or stop counting: issued, scale, issue day, dimensions);
 * a deadline override recounts its periods.
 */
import type { Db } from "../db/client";
import { lkpmPeriodDeltaSql, lkpmPeriodRecountSql } from "./lkpm-period-sql";

type RawExecutor = Pick<Db, "$executeRawUnsafe">;

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const IDS_PER_STATEMENT = 500;

async function applyDelta(db: RawExecutor, applicationIds: readonly string[], sign: 1 | -1): Promise<void> {
  const unique = [...new Set(applicationIds)];
  for (const id of unique) if (!SAFE_ID.test(id)) throw new RangeError(`not an application id: ${id}`);
  for (let index = 0; index < unique.length; index += IDS_PER_STATEMENT) {
    const list = unique
      .slice(index, index + IDS_PER_STATEMENT)
      .map((id) => `'${id}'`)
      .join(", ");
    await db.$executeRawUnsafe(lkpmPeriodDeltaSql(sign, `a."id" IN (${list})`).upsert);
  }
}

/**
 * Runs `change` (writes to these projects' Application rows or LKPM reports, inside the caller's transaction `tx`)
 * between the subtraction and the re-addition of the projects' counted reports.
 */
export async function withLkpmPeriodStats<T>(
  tx: RawExecutor,
  applicationIds: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  if (applicationIds.length === 0) return change();
  await applyDelta(tx, applicationIds, -1);
  const result = await change();
  await applyDelta(tx, applicationIds, 1);
  await tx.$executeRawUnsafe(lkpmPeriodDeltaSql(1, "1 = 0").prune);
  return result;
}

/** Subtracts the projects' counted reports (before the projects or their reports are deleted). */
export async function subtractLkpmPeriodStats(tx: RawExecutor, applicationIds: readonly string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  await applyDelta(tx, applicationIds, -1);
  await tx.$executeRawUnsafe(lkpmPeriodDeltaSql(1, "1 = 0").prune);
}

/** Recounts LkpmPeriodStat for some reporting periods or all of it (inside a transaction). */
export async function recountLkpmPeriodStats(
  tx: RawExecutor,
  periods: ReadonlyArray<{ lastDay: string; kind: string }> | "all",
): Promise<void> {
  for (const statement of lkpmPeriodRecountSql(periods)) await tx.$executeRawUnsafe(statement);
}
