import "server-only";
/**
 * Publishing a period's open data (issue 17): an admin step through publishSnapshot, like the SKM report and the
 * on-time rate. The period's figures are gathered once — the IKM from its published SKM report (never live), and
 * the on-time rate per licence type, complaint figures and investment breakdowns as they stand now — turned into the
 * tidy tables (./build.ts) with the office's region and minimum n, and frozen as snapshot kind "open-data". /data
 * and the open-data API read only these snapshots; a republish adds a version and never changes an earlier one.
 */
import type { Db } from "../db/client";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "../users/user-store";
import { parsePeriodKey } from "../periods/periods";
import { toWibDate } from "../calendar/working-days";
import { getSetting } from "../settings/settings";
import { publishSnapshot, type PublishResult } from "../publication/store";
import { snapshotPeriod, type TOpenDataSnapshotBody } from "../publication/snapshot-payload";
import { getPublishedSkmReport } from "../skm/report-queries";
import { getProcessingSummary } from "../applications/processing-summary-queries";
import { getComplaintSummary } from "../complaints/queries";
import { getInvestmentByGroup } from "../investment/analytics-queries";
import { getBkpmSector, type BkpmSectorCode } from "../investment/sectors";
import { listAreas } from "../reference/queries";
import { buildOpenDataTables, type OpenDataInputs } from "./build";

/** Gathers, builds and publishes the open data of one ended calendar period (month, quarter, semester, year). */
export async function publishOpenData(
  input: { periodKey: string; actor: Actor; now: Date },
  db: Db = getDb(),
): Promise<PublishResult> {
  const period = parsePeriodKey(input.periodKey.trim());
  if (!period || period.kind === "custom")
    throw new AppError("VALIDATION", "Kunci periode tidak valid.", {
      fields: { periodKey: "Gunakan mis. 2026-Q1, 2026-S1, 2026-03 atau 2026." },
    });
  const today = toWibDate(input.now);
  if (period.to >= today)
    throw new AppError("VALIDATION", "Periode belum berakhir.", {
      fields: { periodKey: `Data terbuka diterbitkan setelah periode berakhir (${period.to}).` },
    });
  const range = { from: period.from, to: period.to };
  const [regionCode, regionName, minN, skm, processing, complaints, sectors, kecamatan, origins, areas] =
    await Promise.all([
      getSetting("office.regionCode"),
      getSetting("office.regionName"),
      getSetting("openData.minN"),
      getPublishedSkmReport(period.key, {}, db),
      getProcessingSummary(range, input.now, db),
      getComplaintSummary({ ...range, today }, db),
      getInvestmentByGroup(range, "sector"),
      getInvestmentByGroup(range, "kecamatan"),
      getInvestmentByGroup(range, "origin"),
      listAreas(),
    ]);
  const kecamatanNames = new Map(areas.map((area) => [area.code, area.name]));
  const investment: OpenDataInputs["investment"] = [
    ...sectors.flatMap((row) =>
      row.group
        ? [
            {
              dimension: "sektor" as const,
              code: row.group,
              name: getBkpmSector(row.group as BkpmSectorCode).name,
              ...row,
            },
          ]
        : [],
    ),
    ...kecamatan.flatMap((row) => {
      const name = row.group ? kecamatanNames.get(row.group) : undefined;
      return row.group && name
        ? [{ dimension: "kecamatan" as const, code: row.group, name, area: { code: row.group, name }, ...row }]
        : [];
    }),
    ...origins.flatMap((row) =>
      row.group ? [{ dimension: "status_modal" as const, code: row.group, name: row.group, ...row }] : [],
    ),
  ];
  const tables = buildOpenDataTables({
    period,
    region: { code: regionCode, name: regionName },
    minN,
    skm: skm
      ? {
          questionnaire: skm.snapshot.questionnaire,
          ikm: skm.data.summary.ikm,
          grade: skm.data.summary.grade,
          respondents: skm.data.summary.respondents,
          elements: skm.data.summary.elements,
        }
      : null,
    onTime: processing.byLicenseType.map((row) => ({ ...row, name: row.name })),
    complaints,
    investment,
  });
  const payload: TOpenDataSnapshotBody = {
    period: snapshotPeriod(period),
    region: { code: regionCode, name: regionName },
    minN,
    datasets: tables.datasets,
    suppressed: tables.suppressed,
  };
  return publishSnapshot({ kind: "open-data", subject: period.key, payload, actor: input.actor, now: input.now }, db);
}
