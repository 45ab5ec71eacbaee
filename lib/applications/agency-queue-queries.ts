import "server-only";
import { getDb, type Db } from "../db/client";
import { findKelurahanNamesByCodes, getLicenseTypeById, listAgencyLicenseTypes } from "../reference/queries";
import { Prisma } from "../db/generated/sqlite/client";
import { toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { AGENCY_STAGE, agencyStageClock, type AgencyStageClock } from "./agency-clock";
import type { TimelineEvent } from "./timeline";

const { sql } = Prisma;
const EVENT_ORDER = [{ at: "asc" as const }, { id: "asc" as const }];

/**
 * The timelines of the files in the recommendation stage with `status`, per file in time order: one joined read
 * (a relation load would send the thousands of file ids back in chunks).
 */
async function stageFileEvents(
  where: { licenseTypeId: number[]; status: string; returnedInStage?: boolean },
  db: Db,
): Promise<Map<string, TimelineEvent[]>> {
  const returned = where.returnedInStage ? sql`AND a."stagePauses" > 0` : sql``;
  const rows = await db.$queryRaw<
    Array<{ applicationId: string; kind: string; stage: string; at: Date | string; note: string | null }>
  >`SELECT e."applicationId" AS "applicationId", e."kind" AS kind, e."stage" AS stage, e."at" AS at, e."note" AS note
    FROM "Application" a JOIN "ApplicationEvent" e ON e."applicationId" = a."id"
    WHERE a."status" = ${where.status} AND a."currentStage" = ${AGENCY_STAGE}
      AND a."licenseTypeId" IN (${Prisma.join(where.licenseTypeId)}) ${returned}
    ORDER BY e."applicationId", e."at", e."id"`;
  const byFile = new Map<string, TimelineEvent[]>();
  for (const row of rows) {
    const events = byFile.get(row.applicationId) ?? [];
    if (events.length === 0) byFile.set(row.applicationId, events);
    events.push({
      kind: row.kind as TimelineEvent["kind"],
      stage: row.stage,
      at: row.at instanceof Date ? row.at : new Date(row.at),
      note: row.note,
    });
  }
  return byFile;
}

/**
 * Files in the recommendation stage with their agency clock: `in_process` ones wait for the agency; `returned` ones
 * are back at the applicant (the agency's clock stands still). `agency` null = every agency (the dashboards);
 * `returnedInStage` only the files returned to the applicant at least once during the stage.
 */
export async function listRecommendationFiles(
  options: {
    agency: string | null;
    status: "in_process" | "returned";
    licenseTypeId?: number | null;
    returnedInStage?: boolean;
  },
  now: Date,
  db: Db = getDb(),
) {
  const types = await listAgencyLicenseTypes(options, db);
  if (types.length === 0) return [];
  const typeById = new Map(types.map((lt) => [lt.id, lt]));
  const where = {
    licenseTypeId: [...typeById.keys()],
    status: options.status,
    returnedInStage: options.returnedInStage,
  };
  const [apps, eventsOf, cal] = await Promise.all([
    db.application.findMany({
      where: {
        licenseTypeId: { in: where.licenseTypeId },
        currentStage: AGENCY_STAGE,
        status: options.status,
        ...(options.returnedInStage ? { stagePauses: { gt: 0 } } : {}),
      },
      select: {
        id: true,
        registrationNo: true,
        licenseTypeId: true,
        applicantName: true,
        applicantKind: true,
        kelurahanCode: true,
      },
    }),
    stageFileEvents(where, db),
    loadWorkCalendar(db),
  ]);
  const today = toWibDate(now);
  return apps
    .map((app) => {
      const type = typeById.get(app.licenseTypeId)!;
      const events = eventsOf.get(app.id) ?? [];
      const clock = agencyStageClock(cal, events, type.agencySlaDays, today) as AgencyStageClock;
      const lastPause = [...events].reverse().find((event) => event.kind === "pause") ?? null;
      return {
        id: app.id,
        registrationNo: app.registrationNo,
        licenseType: { id: type.id, code: type.code, name: type.name, nameEn: type.nameEn },
        agency: type.agency,
        applicantName: app.applicantName,
        applicantKind: app.applicantKind,
        kelurahanCode: app.kelurahanCode,
        clock,
        returnedAt: options.status === "returned" && lastPause ? lastPause.at : null,
        returnReason: options.status === "returned" && lastPause ? (lastPause.note ?? null) : null,
      };
    })
    .filter((file) => file.clock !== null)
    .sort(
      (a, b) =>
        a.clock.remainingWorkingDays - b.clock.remainingWorkingDays ||
        a.clock.stageStartedAt.getTime() - b.clock.stageStartedAt.getTime(),
    );
}
export type RecommendationFile = Awaited<ReturnType<typeof listRecommendationFiles>>[number];

/**
 * An agency's own list: the files waiting for its recommendation (most overdue first), the files it sent back to
 * the applicant that have not come back yet, and its latest decisions. Only what the office shares with the agency:
 * no fee, no investment, no counter or officer, no contact details.
 */
export async function getAgencyQueue(agency: string, now: Date, db: Db = getDb()) {
  const [waiting, returned, recent] = await Promise.all([
    listRecommendationFiles({ agency, status: "in_process" }, now, db),
    listRecommendationFiles({ agency, status: "returned" }, now, db),
    db.agencyRecommendation.findMany({
      where: { agency },
      orderBy: { recordedAt: "desc" },
      take: 20,
      select: {
        id: true,
        decision: true,
        reason: true,
        recordedAt: true,
        workingDays: true,
        agencySlaDays: true,
        isWithinSla: true,
        actorLabel: true,
        application: { select: { registrationNo: true } },
      },
    }),
  ]);
  const areas = await findKelurahanNamesByCodes(
    [...waiting, ...returned].map((file) => file.kelurahanCode),
    db,
  );
  const withArea = (file: RecommendationFile) => ({
    ...file,
    area: file.kelurahanCode ? areas.get(file.kelurahanCode) : null,
  });
  return {
    agency,
    waiting: waiting.map(withArea),
    returned: returned.map(withArea),
    recent: recent.map(({ application, ...row }) => ({ ...row, registrationNo: application.registrationNo })),
  };
}
export type AgencyQueue = Awaited<ReturnType<typeof getAgencyQueue>>;

/**
 * One file as its agency sees it while it waits for the recommendation, or null when it is not in that agency's
 * queue (another agency's file, not in the stage, or back at the applicant): the caller answers 404 either way, so
 * an agency cannot learn which other files exist. The documents are the licence type's requirements, which the
 * office verified as complete before the clock started.
 */
export async function getAgencyFile(agency: string, registrationNo: string, now: Date, db: Db = getDb()) {
  const app = await db.application.findUnique({
    where: { registrationNo },
    select: {
      id: true,
      registrationNo: true,
      licenseTypeId: true,
      status: true,
      currentStage: true,
      applicantName: true,
      applicantKind: true,
      kelurahanCode: true,
      fileCompleteAt: true,
      events: { orderBy: EVENT_ORDER, select: { kind: true, stage: true, at: true, note: true } },
      recommendations: {
        orderBy: { recordedAt: "asc" },
        select: { decision: true, reason: true, recordedAt: true, actorLabel: true },
      },
    },
  });
  if (!app || app.status !== "in_process" || app.currentStage !== AGENCY_STAGE) return null;
  const type = await getLicenseTypeById(app.licenseTypeId, db);
  if (!type || type.agency !== agency) return null;
  const cal = await loadWorkCalendar(db);
  const clock = agencyStageClock(cal, app.events as TimelineEvent[], type.agencySlaDays, toWibDate(now));
  if (!clock) return null;
  const areas = await findKelurahanNamesByCodes([app.kelurahanCode], db);
  return {
    registrationNo: app.registrationNo,
    licenseType: { code: type.code, name: type.name, nameEn: type.nameEn },
    documents: type.requirements
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    applicantName: app.applicantName,
    applicantKind: app.applicantKind,
    area: app.kelurahanCode ? (areas.get(app.kelurahanCode) ?? null) : null,
    fileCompleteAt: app.fileCompleteAt,
    clock,
    history: app.recommendations,
  };
}
export type AgencyFile = NonNullable<Awaited<ReturnType<typeof getAgencyFile>>>;

/**
 * Who holds a file in the recommendation stage, for the office's own view of it: the agency and its clock, or null
 * when the file is not waiting for an agency (any other stage, back at the applicant, finished).
 */
export async function getRecommendationHolder(registrationNo: string, now: Date, db: Db = getDb()) {
  const app = await db.application.findUnique({
    where: { registrationNo },
    select: { licenseTypeId: true, status: true, currentStage: true },
  });
  if (!app || app.status !== "in_process" || app.currentStage !== AGENCY_STAGE) return null;
  const type = await getLicenseTypeById(app.licenseTypeId, db);
  if (!type?.agency) return null;
  const file = await getAgencyFile(type.agency, registrationNo, now, db);
  return file ? { agency: type.agency, clock: file.clock } : null;
}
