import { toCsv, type CsvValue } from "../csv/safe-cell";
import type { CampaignReport } from "./queries";

/** The outreach report as CSV (one row per campaign, RFC 4180, formula-safe; issue 20 §3). */
export const OUTREACH_CSV_COLUMNS = [
  "name",
  "channel",
  "startDay",
  "endDay",
  "kecamatan",
  "topic",
  "licenseType",
  "cost",
  "beforeFrom",
  "beforeTo",
  "afterFrom",
  "afterTo",
  "isComplete",
  "applicationsBefore",
  "workingDaysBefore",
  "applicationsAfter",
  "workingDaysAfter",
  "expectedAfter",
  "additionalApplications",
  "changeRate",
  "applicationsPValue",
  "applicationsSignificant",
  "surveyAnsweredBefore",
  "surveyChannelBefore",
  "surveyShareBefore",
  "surveyAnsweredAfter",
  "surveyChannelAfter",
  "surveyShareAfter",
  "surveyChangePoints",
  "surveyPValue",
  "costPerAdditionalApplication",
] as const;

const fixed = (value: number | null | undefined, digits: number): CsvValue =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));
const yesNo = (value: boolean | undefined): CsvValue => (value === undefined ? null : value ? "yes" : "no");

export function outreachCsv(reports: readonly CampaignReport[]): string {
  const rows = reports.map((r): CsvValue[] => {
    const a = r.effect?.applications;
    const s = r.effect?.survey;
    return [
      r.name,
      r.channel,
      r.startDay,
      r.endDay,
      r.kecamatanCode ?? "city",
      r.topic,
      r.licenseTypeCode,
      r.cost,
      r.windows.before.from,
      r.windows.before.to,
      r.windows.after?.from ?? null,
      r.windows.after?.to ?? null,
      yesNo(r.windows.isComplete),
      a?.before ?? null,
      a?.beforeWorkingDays ?? null,
      a?.after ?? null,
      a?.afterWorkingDays ?? null,
      fixed(a?.expectedAfter, 2),
      fixed(a?.additional, 2),
      fixed(a?.changeRate, 4),
      fixed(a?.test?.pValue, 6),
      yesNo(a?.test?.isSignificant),
      s?.beforeAnswered ?? null,
      s?.beforeChannel ?? null,
      fixed(s?.beforeShare, 4),
      s?.afterAnswered ?? null,
      s?.afterChannel ?? null,
      fixed(s?.afterShare, 4),
      fixed(s?.changePoints, 4),
      fixed(s?.test?.pValue, 6),
      r.effect?.costPerAdditional ?? null,
    ];
  });
  return toCsv([[...OUTREACH_CSV_COLUMNS], ...rows]);
}
