import "server-only";
/**
 * LKPM filing deadlines as stored: the admin's override per reporting period (LkpmDeadlineOverride) on top of the
 * rule (lkpmRuleDeadline: 10th before PerBKPM 5/2025, 15th from TW3 2025), and the stored `isOnTime` of every report
 * kept in step with them, so the compliance figures (reports filed on time) follow the deadline that applies.
 */
import { getDb, perEngine, type Db } from "../db/client";
import { recordAudit } from "../audit/store";
import { validationError } from "../errors";
import type { Actor } from "../users/user-store";
import { recountLkpmPeriodStats } from "./lkpm-period-stat-store";
import { LKPM_DEADLINE_INVALID_MESSAGE, ZLkpmDeadlineOverride, type TLkpmDeadlineOverride } from "./lkpm-schemas";
import {
  LKPM_PERIOD_KINDS,
  lkpmFilingDeadline,
  lkpmPeriodBounds,
  lkpmPeriodKey,
  lkpmRuleDeadline,
  type LkpmDeadlineOverrides,
  type LkpmPeriod,
  type LkpmPeriodKind,
} from "./lkpm-schedule";

/** Every override, by period key ("2026-TW1" → "2026-04-17"). */
export async function loadLkpmDeadlineOverrides(db: Db = getDb()): Promise<Map<string, string>> {
  const rows = await db.lkpmDeadlineOverride.findMany({ select: { periodKey: true, deadline: true } });
  return new Map(rows.map((row) => [row.periodKey, row.deadline]));
}

/**
 * Sets each stored report's `isOnTime` from the deadline that applies to its period (override, else the rule),
 * touching only rows whose flag changes: two conditional updates per distinct period (tens of periods, not rows).
 * Returns how many reports changed. Run after an override changes and at start-up (a rule change in a release).
 */
export async function recomputeLkpmTimeliness(db: Db = getDb(), only?: LkpmPeriod): Promise<number> {
  const overrides = await loadLkpmDeadlineOverrides(db);
  const periods: LkpmPeriod[] = only
    ? [only]
    : (
        await perEngine(db, {
          sqlite: (c) => c.investmentRealisation.groupBy({ by: ["year", "periodKind", "periodNumber"] }),
          postgresql: (c) => c.investmentRealisation.groupBy({ by: ["year", "periodKind", "periodNumber"] }),
        })
      ).map((row) => ({
        year: row.year,
        kind: row.periodKind as LkpmPeriodKind,
        number: row.periodNumber,
      }));
  let changed = 0;
  for (const period of periods) {
    if (!LKPM_PERIOD_KINDS.includes(period.kind)) continue;
    const deadline = lkpmFilingDeadline(period, overrides);
    const where = { year: period.year, periodKind: period.kind, periodNumber: period.number };
    // The flags and the period's LkpmPeriodStat rows (filed on time) change together.
    changed += await db.$transaction(async (tx) => {
      const late = await tx.investmentRealisation.updateMany({
        where: { ...where, isOnTime: true, reportedDay: { gt: deadline } },
        data: { isOnTime: false },
      });
      const onTime = await tx.investmentRealisation.updateMany({
        where: { ...where, isOnTime: false, reportedDay: { lte: deadline } },
        data: { isOnTime: true },
      });
      const count = late.count + onTime.count;
      if (count > 0)
        await recountLkpmPeriodStats(tx, [{ lastDay: lkpmPeriodBounds(period).lastDay, kind: period.kind }]);
      return count;
    });
  }
  return changed;
}

export type LkpmDeadlineRow = {
  period: string;
  year: number;
  kind: LkpmPeriodKind;
  number: number;
  ruleDeadline: string;
  rule: string;
  override: { deadline: string; reason: string; updatedAt: Date } | null;
  deadline: string;
};

/** The deadlines of the periods of `years` (both kinds), each with its rule and any override, newest first. */
export async function listLkpmDeadlines(years: readonly number[], db: Db = getDb()): Promise<LkpmDeadlineRow[]> {
  const overrides = await db.lkpmDeadlineOverride.findMany();
  const byKey = new Map(overrides.map((row) => [row.periodKey, row]));
  const rows: LkpmDeadlineRow[] = [];
  for (const year of years) {
    for (const kind of LKPM_PERIOD_KINDS) {
      for (let number = 1; number <= (kind === "triwulan" ? 4 : 2); number += 1) {
        const period = { year, kind, number };
        const key = lkpmPeriodKey(period);
        const rule = lkpmRuleDeadline(period);
        const override = byKey.get(key);
        rows.push({
          period: key,
          year,
          kind,
          number,
          ruleDeadline: rule.deadline,
          rule: rule.rule,
          override: override
            ? { deadline: override.deadline, reason: override.reason, updatedAt: override.updatedAt }
            : null,
          deadline: override?.deadline ?? rule.deadline,
        });
      }
    }
  }
  return rows.sort((a, b) =>
    a.ruleDeadline === b.ruleDeadline ? a.period.localeCompare(b.period) : a.ruleDeadline < b.ruleDeadline ? 1 : -1,
  );
}

/**
 * Sets (or replaces) the deadline of one period, recomputes the on-time flag of its reports and audit-logs it.
 * Input: { period: "2026-TW1", deadline: "2026-04-17", reason }. Bad input is a 422 naming the field.
 */
export async function saveLkpmDeadlineOverride(raw: unknown, actor: Actor, db: Db = getDb()) {
  const parsed = ZLkpmDeadlineOverride.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues, LKPM_DEADLINE_INVALID_MESSAGE);
  return saveValidLkpmDeadlineOverride(parsed.data, actor, db);
}

/** The same, for input already validated with ZLkpmDeadlineOverride (the API's contract does that). */
export async function saveValidLkpmDeadlineOverride(input: TLkpmDeadlineOverride, actor: Actor, db: Db = getDb()) {
  const { period, deadline, reason } = input;
  const periodKey = lkpmPeriodKey(period);
  const data = {
    year: period.year,
    periodKind: period.kind,
    periodNumber: period.number,
    deadline,
    reason,
    updatedById: actor.id,
  };
  await db.lkpmDeadlineOverride.upsert({ where: { periodKey }, create: { periodKey, ...data }, update: data });
  const changed = await recomputeLkpmTimeliness(db, period);
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "investment.lkpm-deadline.save",
    target: periodKey,
    detail: { deadline, reason, reportsChanged: changed },
  });
  return { period: periodKey, deadline, reportsChanged: changed };
}

/** Removes the override of one period (the rule's deadline applies again) and recomputes its reports. */
export async function deleteLkpmDeadlineOverride(periodKey: string, actor: Actor, db: Db = getDb()) {
  const row = await db.lkpmDeadlineOverride.findUnique({ where: { periodKey } });
  if (!row) return { period: periodKey, reportsChanged: 0 };
  await db.lkpmDeadlineOverride.delete({ where: { periodKey } });
  const changed = await recomputeLkpmTimeliness(db, {
    year: row.year,
    kind: row.periodKind as LkpmPeriodKind,
    number: row.periodNumber,
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "investment.lkpm-deadline.delete",
    target: periodKey,
    detail: { reportsChanged: changed },
  });
  return { period: periodKey, reportsChanged: changed };
}

export type { LkpmDeadlineOverrides };
