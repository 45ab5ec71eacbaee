import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "../db/client";
import { AppError, validationError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { computeSlaClock, toWibDate } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import { TouchedYears, calendarWarnings, calendarWarningsForDays, type CalendarWarning } from "../calendar/coverage";
import { ZInvestmentFields } from "../investment/schemas";
import { checkKbliAgainst, type KbliCodeLists } from "../investment/kbli";
import { loadKbliLists } from "../investment/kbli-store";
import { INVESTMENT_COLUMNS, deriveInvestmentColumns, type InvestmentColumns } from "./import-rows";
import { applicationRowData, eventRowsData } from "./row-data";
import { ZApplicationAction, ZRegisterApplication } from "./schemas";
import { deriveApplicationFigures, pausesOf, type TimelineEvent, type TimelineState } from "./timeline";
import type { Stage } from "./constants";
import { appendTimelineSteps, recomputeApplication } from "./record-steps-store";
import {
  findCounterIdByCode,
  findKelurahanByCode,
  findLicenseTypeByCode,
  getCounterById,
  getLicenseTypeById,
} from "../reference/queries";

function newRegistrationNo(now: Date): string {
  const day = toWibDate(now).replace(/-/g, "");
  return `KDR-${day}-${randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase()}`;
}

function parseInvestment(form: Record<string, unknown>, kbliLists: KbliCodeLists): InvestmentColumns | null {
  const values = Object.fromEntries(
    INVESTMENT_COLUMNS.map((c) => [c, typeof form[c] === "string" ? (form[c] as string).trim() : ""]),
  );
  if (!values.investmentValue && !values.kbli && !values.workersLocal) return null;
  const parsed = ZInvestmentFields.safeParse({ ...values, exchangeRate: values.exchangeRate || null });
  if (!parsed.success) throw validationError(parsed.error.issues, "Data investasi tidak valid.");
  const listed = checkKbliAgainst(parsed.data.kbli, parsed.data.kbliVersion, kbliLists);
  if (!listed.ok) throw new AppError("VALIDATION", listed.error.message, { fields: { kbli: listed.error.message } });
  const derived = deriveInvestmentColumns(parsed.data);
  if (!derived.ok) throw new AppError("VALIDATION", derived.message, { fields: { [derived.column]: derived.message } });
  return derived.value;
}

/**
 * Registers an application whose file is complete now (the SLA clock starts today). Business licences may carry
 * the investment block (issue 6). Returns the registration number.
 */
export async function registerApplication(
  form: Record<string, unknown>,
  actor: Actor,
  now = new Date(),
): Promise<string> {
  const parsed = ZRegisterApplication.safeParse(form);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const db = getDb();
  const [licenseType, kelurahan, counter] = await Promise.all([
    findLicenseTypeByCode(input.licenseType, db),
    findKelurahanByCode(input.kelurahan, db),
    input.counter ? findCounterIdByCode(input.counter, db) : null,
  ]);
  if (!licenseType || !licenseType.active)
    throw new AppError("VALIDATION", "Jenis izin tidak dikenal.", {
      fields: { licenseType: "Jenis izin tidak dikenal." },
    });
  if (!kelurahan)
    throw new AppError("VALIDATION", "Kelurahan tidak dikenal.", { fields: { kelurahan: "Kelurahan tidak dikenal." } });
  if (input.counter && !counter)
    throw new AppError("VALIDATION", "Loket tidak dikenal.", { fields: { counter: "Loket tidak dikenal." } });
  const investment = licenseType.isBusiness ? parseInvestment(form, await loadKbliLists(db)) : null;
  const registrationNo = input.registrationNo ?? newRegistrationNo(now);
  if (await db.application.findUnique({ where: { registrationNo }, select: { id: true } })) {
    throw new AppError("CONFLICT", `Nomor registrasi ${registrationNo} sudah terdaftar.`, {
      fields: { registrationNo: "Nomor registrasi sudah terdaftar." },
    });
  }
  const cal = await loadWorkCalendar(db);
  const events: TimelineEvent[] = [{ kind: "stage", stage: "pendaftaran", at: now }];
  const base = {
    registrationNo,
    licenseTypeId: licenseType.id,
    applicantName: input.applicantName,
    applicantKind: input.applicantKind,
    kecamatanCode: kelurahan.kecamatanCode,
    kelurahanCode: kelurahan.code,
    submittedAt: now,
    fileCompleteAt: now,
    outcomeReason: null,
    counterId: counter?.id ?? null,
    officerId: actor.id,
    feeCharged: input.feeCharged,
    slaDays: licenseType.slaDays,
    tariff: licenseType.tariff,
    investment,
  };
  const figures = deriveApplicationFigures(
    cal,
    { fileCompleteAt: now, slaDays: base.slaDays, feeCharged: base.feeCharged, tariff: base.tariff, events },
    toWibDate(now),
  );
  const id = randomUUID();
  await db.$transaction([
    db.application.create({ data: applicationRowData(id, base, figures) }),
    db.applicationEvent.createMany({ data: eventRowsData(id, licenseType.id, events, figures, actor.id) }),
  ]);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "application.register", target: registrationNo });
  return registrationNo;
}

/**
 * Records one step of the timeline (next stage, return to applicant, file back, outcome), refusing steps out of
 * order. The hand-over of an issued permit is the `penyerahan` stage followed by the `issued` outcome.
 */
export async function recordApplicationAction(
  registrationNo: string,
  input: unknown,
  actor: Actor,
  now = new Date(),
): Promise<void> {
  const parsed = ZApplicationAction.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const action = parsed.data;
  const db = getDb();
  await db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({
      where: { registrationNo },
      include: { events: { orderBy: [{ at: "desc" }, { id: "desc" }], take: 1 } },
    });
    if (!app) throw new AppError("NOT_FOUND", `Permohonan ${registrationNo} tidak ditemukan.`);
    const state: TimelineState = {
      status: app.status as TimelineState["status"],
      currentStage: app.currentStage as Stage,
      lastAt: app.events[0]?.at ?? app.submittedAt,
    };
    const at = now.getTime() < state.lastAt.getTime() ? state.lastAt : now;
    const steps: TimelineEvent[] = [];
    if (action.kind === "stage") steps.push({ kind: "stage", stage: action.stage, at });
    else if (action.kind === "pause") steps.push({ kind: "pause", stage: state.currentStage, at, note: action.note });
    else if (action.kind === "resume") steps.push({ kind: "resume", stage: state.currentStage, at });
    else if (action.kind === "handover") {
      steps.push({ kind: "stage", stage: "penyerahan", at }, { kind: "outcome", stage: "issued", at });
    } else {
      if (action.outcome === "rejected" && !action.reason) {
        throw new AppError("VALIDATION", "Alasan penolakan wajib diisi.", {
          fields: { reason: "Alasan penolakan wajib diisi." },
        });
      }
      steps.push({ kind: "outcome", stage: action.outcome, at, note: action.reason });
    }
    await appendTimelineSteps(tx, { id: app.id, licenseTypeId: app.licenseTypeId }, state, steps, actor.id);
    if (action.kind === "outcome" && action.reason)
      await tx.application.update({ where: { id: app.id }, data: { outcomeReason: action.reason } });
    await recomputeApplication(tx, app.id, toWibDate(now));
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: `application.${action.kind}`,
    target: registrationNo,
    detail: action,
  });
}

/** One application with its timeline and the live SLA clock (GET /api/v1/applications/{registrationNo}). */
export async function getApplicationDetail(registrationNo: string, now = new Date()) {
  const db = getDb();
  const app = await db.application.findUnique({
    where: { registrationNo },
    include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  if (!app) return null;
  const [licenseType, counter, kelurahan, cal] = await Promise.all([
    getLicenseTypeById(app.licenseTypeId, db),
    app.counterId ? getCounterById(app.counterId, db) : null,
    app.kelurahanCode ? findKelurahanByCode(app.kelurahanCode, db) : null,
    loadWorkCalendar(db),
  ]);
  const clock = computeSlaClock(cal, {
    clockStart: app.clockStartDay,
    slaDays: app.slaDays,
    pauses: pausesOf(app.events as TimelineEvent[]),
    finishedOn: app.finishedDay,
    today: toWibDate(now),
  });
  return {
    registrationNo: app.registrationNo,
    licenseType: licenseType
      ? { code: licenseType.code, name: licenseType.name, nameEn: licenseType.nameEn, agency: licenseType.agency }
      : null,
    applicantName: app.applicantName,
    applicantKind: app.applicantKind,
    kecamatan: kelurahan ? { code: kelurahan.kecamatan.code, name: kelurahan.kecamatan.name } : null,
    kelurahan: kelurahan ? { code: kelurahan.code, name: kelurahan.name } : null,
    counter: counter ? { code: counter.code, name: counter.name } : null,
    status: app.status,
    currentStage: app.currentStage,
    outcomeReason: app.outcomeReason,
    submittedAt: app.submittedAt.toISOString(),
    fileCompleteAt: app.fileCompleteAt.toISOString(),
    finishedAt: app.finishedAt ? app.finishedAt.toISOString() : null,
    slaDays: app.slaDays,
    feeCharged: app.feeCharged,
    tariff: app.tariff,
    isFeeDiscrepant: app.isFeeDiscrepant,
    dueDate: clock.dueDate,
    elapsedWorkingDays: clock.elapsedWorkingDays,
    pausedWorkingDays: clock.pausedWorkingDays,
    remainingWorkingDays: clock.remainingWorkingDays,
    overdue: clock.isOverdue,
    processingDays: clock.processingDays,
    onTime: clock.isOnTime,
    /** The due date and the elapsed days depend on these years' holiday lists (missing or provisional; issue 13). */
    calendarWarnings: calendarWarningsForDays(cal, app.clockStartDay, clock.dueDate, app.finishedDay ?? toWibDate(now)),
    investment:
      app.investmentValue === null
        ? null
        : {
            investmentValue: app.investmentValue.toString(),
            investmentCurrency: app.investmentCurrency,
            investmentOriginalAmount: app.investmentOriginalAmount,
            exchangeRate: app.exchangeRate,
            workersLocal: app.workersLocal,
            workersForeign: app.workersForeign,
            kbli: app.kbli,
            kbliVersion: app.kbliVersion,
            sector: app.sector,
            sectorGroup: app.sectorGroup,
            origin: app.origin,
            scale: app.scale,
            landValue: app.landValue === null ? null : app.landValue.toString(),
            buildingValue: app.buildingValue === null ? null : app.buildingValue.toString(),
            scaleBasis: app.scaleBasis,
          },
    timeline: app.events.map((event) => ({
      kind: event.kind,
      stage: event.stage,
      at: event.at.toISOString(),
      note: event.note,
      workingDays: event.durationDays,
    })),
  };
}
export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplicationDetail>>>;

/** Calendar warnings for a list of files: the due dates shown depend on these years' holiday lists (issue 13). */
export async function dueDateCalendarWarnings(rows: ReadonlyArray<{ dueDate: string }>): Promise<CalendarWarning[]> {
  if (rows.length === 0) return [];
  const touched = new TouchedYears();
  for (const row of rows) touched.add(row.dueDate);
  return calendarWarnings(await loadWorkCalendar(), touched);
}
