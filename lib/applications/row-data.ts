/**
 * The column values stored for an application and its events, shared by the officer's form, the CSV import and the
 * demo seed so every write path keeps the denormalised SLA columns the same way. Pure.
 */
import type { InvestmentColumns } from "./import-rows";
import type { ApplicationFigures, TimelineEvent } from "./timeline";

export type ApplicationBase = {
  registrationNo: string;
  licenseTypeId: number;
  applicantName: string | null;
  applicantKind: string;
  kecamatanCode: string | null;
  kelurahanCode: string | null;
  submittedAt: Date;
  fileCompleteAt: Date;
  outcomeReason: string | null;
  counterId: number | null;
  officerId?: string | null;
  feeCharged: number | null;
  slaDays: number;
  tariff: number | null;
  investment: InvestmentColumns | null;
  nib?: string | null;
};

export function figureColumns(figures: ApplicationFigures) {
  return {
    status: figures.status,
    currentStage: figures.currentStage,
    finishedAt: figures.finishedAt,
    clockStartDay: figures.clockStartDay,
    finishedDay: figures.finishedDay,
    dueDate: figures.dueDate,
    pausedDays: figures.pausedDays,
    pausedSince: figures.pausedSince,
    processingDays: figures.processingDays,
    isOnTime: figures.isOnTime,
    isFeeDiscrepant: figures.isFeeDiscrepant,
    stageStartedAt: figures.stageStartedAt,
    stageStartDay: figures.stageStartDay,
    stagePauses: figures.stagePauses,
  };
}

export function applicationRowData(id: string, base: ApplicationBase, figures: ApplicationFigures) {
  const inv = base.investment;
  return {
    id,
    registrationNo: base.registrationNo,
    licenseTypeId: base.licenseTypeId,
    applicantName: base.applicantName,
    applicantKind: base.applicantKind,
    kecamatanCode: base.kecamatanCode,
    kelurahanCode: base.kelurahanCode,
    submittedAt: base.submittedAt,
    fileCompleteAt: base.fileCompleteAt,
    outcomeReason: base.outcomeReason,
    counterId: base.counterId,
    officerId: base.officerId ?? null,
    feeCharged: base.feeCharged,
    slaDays: base.slaDays,
    tariff: base.tariff,
    investmentValue: inv?.investmentValue ?? null,
    investmentCurrency: inv?.investmentCurrency ?? null,
    investmentOriginalAmount: inv?.investmentOriginalAmount ?? null,
    exchangeRate: inv?.exchangeRate ?? null,
    workersLocal: inv?.workersLocal ?? null,
    workersForeign: inv?.workersForeign ?? null,
    kbli: inv?.kbli ?? null,
    kbliVersion: inv?.kbliVersion ?? null,
    sector: inv?.sector ?? null,
    sectorGroup: inv?.sectorGroup ?? null,
    origin: inv?.origin ?? null,
    scale: inv?.scale ?? null,
    landValue: inv?.landValue ?? null,
    buildingValue: inv?.buildingValue ?? null,
    scaleBasis: inv?.scaleBasis ?? null,
    nib: base.nib ?? null,
    ...figureColumns(figures),
  };
}

export function eventRowsData(
  applicationId: string,
  licenseTypeId: number,
  events: readonly TimelineEvent[],
  figures: ApplicationFigures,
  actorId: string | null = null,
) {
  return events.map((event, index) => ({
    applicationId,
    kind: event.kind,
    stage: event.stage,
    at: event.at,
    note: event.note ?? null,
    actorId,
    durationDays: figures.eventDurations[index],
    finishedDay: figures.finishedDay,
    licenseTypeId,
  }));
}
