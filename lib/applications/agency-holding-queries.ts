import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { listAgencyLicenseTypes } from "../reference/queries";
import { AGENCY_STAGE } from "./agency-clock";
import { listRecommendationFiles } from "./agency-queue-queries";
import {
  groupUnits,
  mostOverdue,
  overdueSelection,
  type HoldingLicenseType,
  type WaitingGroup,
  type WaitingUnit,
} from "./agency-holding";

const { sql, join } = Prisma;

/** The files waiting for an agency now and never returned during the stage: one row per licence type and day. */
const WAITING = (typeIds: readonly number[]) => sql`"currentStage" = ${AGENCY_STAGE} AND "status" = 'in_process'
  AND "licenseTypeId" IN (${join(typeIds)}) AND "stagePauses" = 0 AND "stageStartDay" IS NOT NULL`;

async function waitingGroups(typeIds: readonly number[], db: Db): Promise<WaitingGroup[]> {
  const rows = await db.$queryRaw<Array<{ licenseTypeId: number; startDay: string; count: number | bigint }>>`
    SELECT "licenseTypeId" AS "licenseTypeId", "stageStartDay" AS "startDay", COUNT(*) AS "count"
    FROM "Application" WHERE ${WAITING(typeIds)}
    GROUP BY "licenseTypeId", "stageStartDay"`;
  return rows.map((row) => ({ ...row, licenseTypeId: Number(row.licenseTypeId), count: Number(row.count) }));
}

/**
 * The files of some groups, each group's earliest into the stage first (at most `limit` per group): one index range
 * per group (licence type, start day), already in order.
 */
async function groupFiles(units: readonly WaitingUnit[], limit: number, db: Db) {
  const perGroup = await Promise.all(
    units.map(async (unit) => {
      const rows = await db.$queryRaw<Array<{ registrationNo: string; stageStartedAt: Date | string }>>`
        SELECT "registrationNo" AS "registrationNo", "stageStartedAt" AS "stageStartedAt"
        FROM "Application" WHERE ${WAITING([unit.licenseTypeId])} AND "stageStartDay" = ${unit.clock.startDay}
        ORDER BY "stageStartedAt", "registrationNo" LIMIT ${Math.min(limit, unit.count)}`;
      return rows.map((row) => ({
        unit,
        registrationNo: row.registrationNo,
        stageStartedAt: row.stageStartedAt instanceof Date ? row.stageStartedAt : new Date(row.stageStartedAt),
      }));
    }),
  );
  return perGroup.flat();
}

/**
 * What the agencies hold today, read per start day rather than per file: the waiting units (groups and the files
 * returned during the stage) with their clocks, how many are overdue, and the `limit` most overdue files.
 */
export async function getAgencyHolding(
  options: { licenseTypeId?: number | null; limit: number },
  now: Date,
  db: Db = getDb(),
) {
  const types: HoldingLicenseType[] = await listAgencyLicenseTypes(
    { agency: null, licenseTypeId: options.licenseTypeId },
    db,
  );
  if (types.length === 0) return { units: [], overdueCount: 0, overdueFiles: [] };
  const typeIds = types.map((type) => type.id);
  const [groups, returned, cal] = await Promise.all([
    waitingGroups(typeIds, db),
    listRecommendationFiles(
      { agency: null, status: "in_process", licenseTypeId: options.licenseTypeId, returnedInStage: true },
      now,
      db,
    ),
    loadWorkCalendar(db),
  ]);
  const returnedFiles = returned.map((file) => ({
    unit: {
      licenseTypeId: file.licenseType.id,
      licenseType: file.licenseType.code,
      agency: file.agency,
      count: 1,
      clock: file.clock,
      file: { registrationNo: file.registrationNo },
    } satisfies WaitingUnit,
    registrationNo: file.registrationNo,
    stageStartedAt: file.clock.stageStartedAt,
  }));
  const units = [
    ...groupUnits(cal, groups, new Map(types.map((type) => [type.id, type])), toWibDate(now)),
    ...returnedFiles.map((file) => file.unit),
  ];
  const selection = overdueSelection(units, options.limit);
  const listed = await groupFiles(selection.groups, options.limit, db);
  return {
    units,
    overdueCount: selection.count,
    overdueFiles: mostOverdue([...listed, ...returnedFiles], options.limit),
  };
}
