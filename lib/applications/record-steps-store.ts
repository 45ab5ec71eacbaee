import "server-only";
import type { Db, DbTransaction } from "../db/client";
import { AppError } from "../errors";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { figureColumns } from "./row-data";
import {
  applyEvent,
  checkNextEvent,
  deriveApplicationFigures,
  type TimelineEvent,
  type TimelineState,
} from "./timeline";
import { refreshProcessingStats } from "./processing-day-stat-store";
import { withLkpmPeriodStats } from "../investment/lkpm-period-stat-store";

/**
 * Recomputes the stored figures of one application from its timeline (inside the caller's transaction): the
 * denormalised SLA columns, each event's working days, and the processing aggregates of the finishing days touched.
 */
export async function recomputeApplication(tx: DbTransaction, applicationId: string, today: string) {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  const cal = await loadWorkCalendar(tx as unknown as Db);
  const figures = deriveApplicationFigures(
    cal,
    {
      fileCompleteAt: app.fileCompleteAt,
      slaDays: app.slaDays,
      feeCharged: app.feeCharged,
      tariff: app.tariff,
      events: app.events as TimelineEvent[],
    },
    today,
  );
  // The project's LKPM reports count from the day it is issued (LkpmPeriodStat follows its status and issue day).
  await withLkpmPeriodStats(tx, [applicationId], () =>
    tx.application.update({ where: { id: applicationId }, data: figureColumns(figures) }),
  );
  const days = [app.finishedDay, figures.finishedDay].filter((day): day is string => day !== null);
  for (const [index, event] of app.events.entries()) {
    if (event.durationDays !== figures.eventDurations[index] || event.finishedDay !== figures.finishedDay) {
      await tx.applicationEvent.update({
        where: { id: event.id },
        data: { durationDays: figures.eventDurations[index], finishedDay: figures.finishedDay },
      });
    }
  }
  if (days.length > 0) await refreshProcessingStats(tx, days);
}

/**
 * Appends steps to an application's timeline after `state` (refusing any step out of order with 409), stored with
 * the actor who recorded them. The caller recomputes the figures (`recomputeApplication`) in the same transaction.
 */
export async function appendTimelineSteps(
  tx: DbTransaction,
  app: { id: string; licenseTypeId: number },
  state: TimelineState,
  steps: readonly TimelineEvent[],
  actorId: string | null,
): Promise<TimelineState> {
  let current = state;
  for (const step of steps) {
    const problem = checkNextEvent(current, step);
    if (problem) throw new AppError("CONFLICT", problem);
    current = applyEvent(current, step);
  }
  await tx.applicationEvent.createMany({
    data: steps.map((step) => ({
      applicationId: app.id,
      kind: step.kind,
      stage: step.stage,
      at: step.at,
      note: step.note ?? null,
      actorId,
      licenseTypeId: app.licenseTypeId,
    })),
  });
  return current;
}
