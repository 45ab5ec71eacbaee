import Link from "next/link";
import { z } from "zod";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, isIsoDate, toWibDate } from "@/lib/calendar/working-days";
import { getProcessingDashboard } from "@/lib/applications/processing-summary";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { formatDateId } from "@/lib/format/date";
import { formatRupiahExact } from "@/lib/format/rupiah";
import { ProcessingBarChart, ProcessingLineChart } from "@/components/applications/processing-charts";

const ZFilter = z.object({
  from: z.string().refine(isIsoDate).optional().catch(undefined),
  to: z.string().refine(isIsoDate).optional().catch(undefined),
  licenseType: z.string().optional().catch(undefined),
  kecamatan: z.string().optional().catch(undefined),
});

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1).replace(".", ",")}%`);

export default async function ProcessingDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePageCapability("viewProcessingTimes", "/staf/waktu-proses");
  const { t, locale } = await getTranslator("applications");
  const query = ZFilter.parse(await searchParams);
  const today = toWibDate(new Date());
  const to = query.to ?? today;
  // Default: the two years of history, so the improvement trend is visible at a glance.
  const from = query.from && query.from <= to ? query.from : addCalendarDays(to, -729);
  const [licenseTypes, areas] = await Promise.all([listLicenseTypes(), listAreas()]);
  const licenseType = licenseTypes.find((lt) => lt.code === query.licenseType) ?? null;
  const kecamatan = areas.find((k) => k.code === query.kecamatan) ?? null;
  const data = await getProcessingDashboard({ from, to, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null });
  const { summary } = data;
  const stageRows = summary.byStage.filter((s) => s.count > 0);
  const bottleneck = stageRows.reduce<(typeof stageRows)[number] | null>((top, s) => (top === null || (s.medianDays ?? 0) > (top.medianDays ?? 0) ? s : top), null);
  const typeRows = summary.byLicenseType.map((row) => ({ ...row, onTimePercent: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10 }));
  const months = data.throughput.map((m) => ({ month: m.month, completed: m.completed, onTimePercent: m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10 }));

  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      <p className="muted">{t("dashboard.intro")}</p>
      <form method="get" className="card row" aria-label={t("dashboard.apply")}>
        <div className="field"><label htmlFor="from">{t("dashboard.from")}</label><input id="from" name="from" type="date" defaultValue={from} /></div>
        <div className="field"><label htmlFor="to">{t("dashboard.to")}</label><input id="to" name="to" type="date" defaultValue={to} /></div>
        <div className="field">
          <label htmlFor="licenseType">{t("dashboard.licenseType")}</label>
          <select id="licenseType" name="licenseType" defaultValue={licenseType?.code ?? ""}>
            <option value="">{t("dashboard.all")}</option>
            {licenseTypes.map((lt) => <option key={lt.code} value={lt.code}>{lt.code}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kecamatan">{t("dashboard.kecamatan")}</label>
          <select id="kecamatan" name="kecamatan" defaultValue={kecamatan?.code ?? ""}>
            <option value="">{t("dashboard.all")}</option>
            {areas.map((k) => <option key={k.code} value={k.code}>{k.name}</option>)}
          </select>
        </div>
        <button className="btn" type="submit">{t("dashboard.apply")}</button>
      </form>

      <div className="grid">
        {[
          ["completed", String(summary.completed), "kpi-completed"],
          ["onTimeRate", percent(summary.onTimeRate), "kpi-on-time"],
          ["median", summary.medianDays === null ? "—" : String(summary.medianDays), "kpi-median"],
          ["p90", summary.p90Days === null ? "—" : String(summary.p90Days), "kpi-p90"],
          ["backlog", String(summary.backlog), "kpi-backlog"],
          ["overdue", String(summary.overdue), "kpi-overdue"],
        ].map(([key, value, testId]) => (
          <div className="card" key={key}>
            <div className="muted">{t(`dashboard.${key}`)}</div>
            <div className="kpi-value" data-testid={testId}>{value}</div>
          </div>
        ))}
      </div>

      {summary.completed === 0 && <p className="alert alert-info">{t("dashboard.noData")}</p>}

      <section className="card" aria-labelledby="h-types">
        <h2 id="h-types">{t("dashboard.byLicenseType")}</h2>
        <p className="sr-only">{t("dashboard.chartHint")}</p>
        <ProcessingBarChart data={typeRows} xKey="licenseType" layout="vertical" height={Math.max(220, typeRows.length * 26)} series={[{ key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#1d4ed8" }]} />
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t("dashboard.licenseType")}</th><th scope="col">{t("dashboard.slaDays")}</th><th scope="col">{t("dashboard.completed")}</th><th scope="col">{t("dashboard.onTimeRate")}</th><th scope="col">{t("dashboard.median")}</th><th scope="col">{t("dashboard.p90")}</th></tr></thead>
            <tbody>
              {typeRows.map((row) => (
                <tr key={row.licenseType}>
                  <th scope="row">{row.licenseType}</th><td>{row.slaDays}</td><td>{row.completed}</td><td>{percent(row.onTimeRate)}</td><td>{row.medianDays}</td><td>{row.p90Days}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="h-dist">
          <h2 id="h-dist">{t("dashboard.distribution")}</h2>
          <ProcessingBarChart data={data.distribution} xKey="key" series={[{ key: "count", label: t("dashboard.count"), color: "#0f766e" }]} />
          <table>
            <thead><tr><th scope="col">{t("dashboard.days")}</th><th scope="col">{t("dashboard.count")}</th></tr></thead>
            <tbody>{data.distribution.map((b) => <tr key={b.key}><th scope="row">{b.key}</th><td>{b.count}</td></tr>)}</tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="h-stage">
          <h2 id="h-stage">{t("dashboard.byStage")}</h2>
          {bottleneck && <p className="alert alert-warn" data-testid="bottleneck">{t("dashboard.bottleneck", { stage: t(`stages.${bottleneck.stage}`) })}</p>}
          <ProcessingBarChart data={stageRows.map((s) => ({ stage: t(`stages.${s.stage}`), medianDays: s.medianDays, meanDays: s.meanDays }))} xKey="stage" layout="vertical" series={[{ key: "medianDays", label: t("dashboard.median"), color: "#b45309" }, { key: "meanDays", label: t("dashboard.mean"), color: "#94a3b8" }]} />
          <table>
            <thead><tr><th scope="col">{t("dashboard.stage")}</th><th scope="col">{t("dashboard.median")}</th><th scope="col">{t("dashboard.mean")}</th></tr></thead>
            <tbody>{stageRows.map((s) => <tr key={s.stage}><th scope="row">{t(`stages.${s.stage}`)}</th><td>{s.medianDays}</td><td>{s.meanDays}</td></tr>)}</tbody>
          </table>
        </section>
      </div>

      <section className="card" aria-labelledby="h-months">
        <h2 id="h-months">{t("dashboard.throughput")}</h2>
        <ProcessingLineChart data={months} xKey="month" percent series={[{ key: "completed", label: t("dashboard.completed"), color: "#1d4ed8" }, { key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#15803d" }]} />
        <div className="table-wrap">
          <table data-testid="throughput-table">
            <thead><tr><th scope="col">{t("dashboard.month")}</th><th scope="col">{t("dashboard.completed")}</th><th scope="col">{t("dashboard.onTimeRate")}</th></tr></thead>
            <tbody>{data.throughput.map((m) => <tr key={m.month}><th scope="row">{m.month}</th><td>{m.completed}</td><td>{percent(m.onTimeRate)}</td></tr>)}</tbody>
          </table>
        </div>
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="h-aging">
          <h2 id="h-aging">{t("dashboard.aging")}</h2>
          <ProcessingBarChart data={data.aging.buckets.map((b) => ({ key: b.key, count: b.count - b.overdueCount, overdue: b.overdueCount }))} xKey="key" series={[{ key: "count", label: t("dashboard.backlog"), color: "#1d4ed8" }, { key: "overdue", label: t("dashboard.overdue"), color: "#b91c1c" }]} />
          <table>
            <thead><tr><th scope="col">{t("dashboard.bucket")}</th><th scope="col">{t("dashboard.backlog")}</th><th scope="col">{t("dashboard.overdue")}</th></tr></thead>
            <tbody>{data.aging.buckets.map((b) => <tr key={b.key}><th scope="row">{b.key}</th><td>{b.count}</td><td>{b.overdueCount}</td></tr>)}</tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="h-overdue">
          <h2 id="h-overdue">{t("dashboard.overdueList")}</h2>
          {data.overdueList.length === 0 ? <p>{t("dashboard.noOverdue")}</p> : (
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t("list.registrationNo")}</th><th scope="col">{t("list.licenseType")}</th><th scope="col">{t("list.stage")}</th><th scope="col">{t("list.dueDate")}</th></tr></thead>
                <tbody>
                  {data.overdueList.map((a) => (
                    <tr key={a.registrationNo}>
                      <td><Link href={`/staf/permohonan/${encodeURIComponent(a.registrationNo)}`}>{a.registrationNo}</Link></td>
                      <td>{a.licenseType}</td><td>{t(`stages.${a.currentStage}`)}</td><td>{formatDateId(a.dueDate, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="h-fees">
        <h2 id="h-fees">{t("dashboard.fees")}</h2>
        <p>{t("dashboard.feesCount", { count: data.fees.count })}</p>
        {data.fees.items.length === 0 ? <p>{t("dashboard.noFees")}</p> : (
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">{t("list.registrationNo")}</th><th scope="col">{t("list.licenseType")}</th><th scope="col">{t("detail.fee")}</th><th scope="col">{t("detail.tariff")}</th></tr></thead>
              <tbody>
                {data.fees.items.map((f) => (
                  <tr key={f.registrationNo}>
                    <td><Link href={`/staf/permohonan/${encodeURIComponent(f.registrationNo)}`}>{f.registrationNo}</Link></td>
                    <td>{f.licenseType}</td>
                    <td>{f.feeCharged === null ? "—" : formatRupiahExact(f.feeCharged, locale)}</td>
                    <td>{f.tariff === null ? "—" : formatRupiahExact(f.tariff, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
