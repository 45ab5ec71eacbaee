import "server-only";
import { getSettings } from "../settings/settings";
import { getStandardsCoverage } from "../kpi/standards-queries";
import { listPublishedSkmReports } from "../skm/report-queries";
import { listEvidenceFileNames, listFollowUpActions } from "../follow-up/queries";
import { basisLabel } from "../follow-up/labels";
import { getComplaintKpis } from "../complaints";
import { listCompensationRecords } from "../compensation/queries";
import { periodsBetween } from "../periods/periods";
import { buildEvidencePack, type EvidencePack } from "./pack";

/** Gathers the year's evidence from each domain's queries and judges it (lib/evidence/pack.ts). */
export async function getEvidencePack(year: number, today: string): Promise<EvidencePack> {
  const from = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const to = yearEnd < today ? yearEnd : today;
  const [coverage, settings, published, complaints, compensation] = await Promise.all([
    getStandardsCoverage(today),
    getSettings(["office.maklumat", "office.maklumatPublished"]),
    listPublishedSkmReports(),
    getComplaintKpis({ from, to, today }),
    listCompensationRecords({ from, to: yearEnd }),
  ]);
  const reports = published
    .filter((r) => r.period.from.startsWith(String(year)))
    .sort((a, b) => a.period.from.localeCompare(b.period.from) || a.period.to.localeCompare(b.period.to))
    .map((r) => ({
      key: r.period.key,
      labelId: r.period.labelId,
      labelEn: r.period.labelEn,
      from: r.period.from,
      to: r.period.to,
      publishedAt: r.publishedAt,
      version: r.version,
      regulation: r.summary.regulation,
      respondents: r.summary.respondents,
      population: r.summary.population,
      requiredSample: r.summary.requiredSample,
      sampleAdequate: r.summary.sampleAdequate,
      ikm: r.summary.ikm,
      grade: r.summary.grade,
    }));
  const actions = reports.length ? await listFollowUpActions({ periodKeys: reports.map((r) => r.key) }) : [];
  const files = await listEvidenceFileNames(actions.map((a) => a.id));
  return buildEvidencePack({
    year,
    today,
    quarters: periodsBetween("quarter", from, yearEnd),
    standards: coverage.rows.map((r) => ({
      code: r.code,
      name: r.name,
      components: r.components,
      standardPublished: r.standardPublished,
    })),
    maklumat: { text: settings["office.maklumat"], published: settings["office.maklumatPublished"] === "true" },
    reports,
    followUps: actions.map((a) => ({
      id: a.id,
      periodKey: a.periodKey,
      title: a.title,
      basis: basisLabel(a.sourceKind, a.sourceCode, "id"),
      owner: [a.ownerName, a.ownerUnit].filter(Boolean).join(" · "),
      status: a.status,
      dueDay: a.dueDay,
      doneDay: a.doneDay,
      evidenceText: a.evidenceText,
      files: files.get(a.id) ?? [],
    })),
    complaints,
    compensation: compensation.map((c) => ({
      id: c.id,
      occurredOn: c.occurredOn,
      component: c.component,
      shortfall: c.shortfall,
      kind: c.kind,
      offered: c.offered,
      amount: c.amount,
      status: c.status,
      licenseType: c.licenseType?.code ?? null,
    })),
  });
}
