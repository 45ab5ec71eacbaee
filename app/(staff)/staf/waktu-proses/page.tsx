import { formatCount, formatDate, formatDecimal, formatPercent, formatRupiah } from "@/lib/format/format";
import { periodKeyLabel } from "@/lib/periods/periods";
import { z } from "zod";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, isIsoDate, toWibDate } from "@/lib/calendar/working-days";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard";
import { listAreas, listLicenseTypes } from "@/lib/reference/queries";
import { ProcessingBarChart, ProcessingLineChart } from "@/components/applications/processing-charts";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { AgencyBallSection } from "./_components/agency-ball";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

const ZFilter = z.object({
  from: z.string().refine(isIsoDate).optional().catch(undefined),
  to: z.string().refine(isIsoDate).optional().catch(undefined),
  licenseType: z.string().optional().catch(undefined),
  kecamatan: z.string().optional().catch(undefined),
});

export default async function ProcessingDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePageCapability("viewProcessingTimes", "/staf/waktu-proses");
  const { t, locale } = await getTranslator("applications");
  const query = ZFilter.parse(await searchParams);
  const today = toWibDate(new Date());
  const to = query.to ?? today;
  // Default: the two years of history, so the improvement trend is visible at a glance.
  const from = query.from && query.from <= to ? query.from : addCalendarDays(to, -729);
  const [licenseTypes, areas] = await Promise.all([listLicenseTypes(), listAreas()]);
  const licenseType = licenseTypes.find((lt) => lt.code === query.licenseType) ?? null;
  const kecamatan = areas.find((k) => k.code === query.kecamatan) ?? null;
  const data = await getProcessingDashboard({
    from,
    to,
    licenseTypeId: licenseType?.id ?? null,
    kecamatanCode: kecamatan?.code ?? null,
  });
  const { summary } = data;
  const canOpenFiles = can(user.role, "viewApplications");
  const percent = (rate: number | null) => formatPercent(rate, locale);
  const count = (value: number) => formatCount(value, locale);
  const days = (value: number | null) => formatDecimal(value, locale, 2, { trim: true });
  const stageRows = summary.byStage.filter((s) => s.count > 0);
  const bottleneck = stageRows.reduce<(typeof stageRows)[number] | null>(
    (top, s) => (top === null || (s.medianDays ?? 0) > (top.medianDays ?? 0) ? s : top),
    null,
  );
  const typeNames = new Map(licenseTypes.map((lt) => [lt.code, locale === "en" ? lt.nameEn : lt.name]));
  const typeRows = summary.byLicenseType.map((row) => ({
    ...row,
    name: typeNames.get(row.licenseType) ?? row.licenseType,
    onTimePercent: row.onTimeRate === null ? null : Math.round(row.onTimeRate * 1000) / 10,
  }));
  const months = data.throughput.map((m) => ({
    month: periodKeyLabel(m.month, locale),
    completed: m.completed,
    onTimePercent: m.onTimeRate === null ? null : Math.round(m.onTimeRate * 1000) / 10,
  }));

  return (
    <div className="stack">
      <h1>{t("dashboard.title")}</h1>
      <p className="muted">{t("dashboard.intro")}</p>
      <DownloadLinks what={t("dashboard.title")} formats={PAGE_DOWNLOADS.processing} params={{ ...query, from, to }} />
      <form method="get" className="card row" aria-label={t("dashboard.apply")}>
        <TextField id="from" name="from" type="date" label={t("dashboard.from")} defaultValue={from} />
        <TextField id="to" name="to" type="date" label={t("dashboard.to")} defaultValue={to} />
        <SelectField name="licenseType" label={t("dashboard.licenseType")} defaultValue={licenseType?.code ?? ""}>
          <option value="">{t("dashboard.all")}</option>
          {licenseTypes.map((lt) => (
            <option key={lt.code} value={lt.code}>
              {typeNames.get(lt.code)}
            </option>
          ))}
        </SelectField>
        <SelectField name="kecamatan" label={t("dashboard.kecamatan")} defaultValue={kecamatan?.code ?? ""}>
          <option value="">{t("dashboard.all")}</option>
          {areas.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </SelectField>
        <button className="btn" type="submit">
          {t("dashboard.apply")}
        </button>
      </form>
      <CalendarNotice warnings={summary.calendarWarnings} showAdminLink={user.role === "ADMIN"} />

      <div className="grid">
        {[
          ["completed", count(summary.completed), "kpi-completed"],
          ["onTimeRate", percent(summary.onTimeRate), "kpi-on-time"],
          ["median", days(summary.medianDays), "kpi-median"],
          ["p90", days(summary.p90Days), "kpi-p90"],
          ["backlog", count(summary.backlog), "kpi-backlog"],
          ["overdue", count(summary.overdue), "kpi-overdue"],
        ].map(([key, value, testId]) => (
          <div className="card" key={key}>
            <div className="muted">{t(`dashboard.${key}`)}</div>
            <div className="kpi-value" data-testid={testId}>
              {value}
            </div>
          </div>
        ))}
      </div>

      {summary.completed === 0 && <p className="alert alert-info">{t("dashboard.noData")}</p>}

      <section className="card" aria-labelledby="h-types">
        <h2 id="h-types">{t("dashboard.byLicenseType")}</h2>
        <p className="sr-only">{t("dashboard.chartHint")}</p>
        <ProcessingBarChart
          data={typeRows}
          xKey="name"
          layout="vertical"
          locale={locale}
          series={[{ key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#1d4ed8", unit: "percent" }]}
        />
        <DataTable
          rows={typeRows}
          rowKey={(row) => row.licenseType}
          rowHeader
          columns={[
            { header: t("dashboard.licenseType"), cell: (row) => row.name },
            { header: t("dashboard.slaDays"), cell: (row) => row.slaDays, className: "num" },
            { header: t("dashboard.completed"), cell: (row) => count(row.completed), className: "num" },
            { header: t("dashboard.onTimeRate"), cell: (row) => percent(row.onTimeRate), className: "num" },
            { header: t("dashboard.median"), cell: (row) => days(row.medianDays), className: "num" },
            { header: t("dashboard.p90"), cell: (row) => days(row.p90Days), className: "num" },
          ]}
        />
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="h-dist">
          <h2 id="h-dist">{t("dashboard.distribution")}</h2>
          <ProcessingBarChart
            data={data.distribution}
            xKey="key"
            locale={locale}
            series={[{ key: "count", label: t("dashboard.count"), color: "#0f766e", unit: "count" }]}
          />
          <DataTable
            rows={data.distribution}
            rowKey={(b) => b.key}
            rowHeader
            columns={[
              { header: t("dashboard.days"), cell: (b) => b.key },
              { header: t("dashboard.count"), cell: (b) => count(b.count), className: "num" },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="h-stage">
          <h2 id="h-stage">{t("dashboard.byStage")}</h2>
          {bottleneck && (
            <p className="alert alert-warn" data-testid="bottleneck">
              {t("dashboard.bottleneck", { stage: t(`stages.${bottleneck.stage}`) })}
            </p>
          )}
          <ProcessingBarChart
            data={stageRows.map((s) => ({
              stage: t(`stages.${s.stage}`),
              medianDays: s.medianDays,
              meanDays: s.meanDays,
            }))}
            xKey="stage"
            layout="vertical"
            locale={locale}
            series={[
              { key: "medianDays", label: t("dashboard.median"), color: "#b45309", unit: "days" },
              { key: "meanDays", label: t("dashboard.mean"), color: "#94a3b8", unit: "days" },
            ]}
          />
          <DataTable
            rows={stageRows}
            rowKey={(s) => s.stage}
            rowHeader
            columns={[
              { header: t("dashboard.stage"), cell: (s) => t(`stages.${s.stage}`) },
              { header: t("dashboard.median"), cell: (s) => days(s.medianDays), className: "num" },
              { header: t("dashboard.mean"), cell: (s) => days(s.meanDays), className: "num" },
            ]}
          />
        </section>
      </div>

      <AgencyBallSection
        filter={{ from, to, licenseTypeId: licenseType?.id ?? null, kecamatanCode: kecamatan?.code ?? null }}
        canOpenFiles={canOpenFiles}
      />

      <section className="card" aria-labelledby="h-months">
        <h2 id="h-months">{t("dashboard.throughput")}</h2>
        <ProcessingLineChart
          data={months}
          xKey="month"
          percent
          locale={locale}
          series={[
            { key: "completed", label: t("dashboard.completed"), color: "#1d4ed8", unit: "count" },
            { key: "onTimePercent", label: t("dashboard.onTimeRate"), color: "#15803d", unit: "percent" },
          ]}
        />
        <DataTable
          testId="throughput-table"
          rows={data.throughput}
          rowKey={(m) => m.month}
          rowHeader
          columns={[
            { header: t("dashboard.month"), cell: (m) => periodKeyLabel(m.month, locale) },
            { header: t("dashboard.completed"), cell: (m) => count(m.completed), className: "num" },
            { header: t("dashboard.onTimeRate"), cell: (m) => percent(m.onTimeRate), className: "num" },
          ]}
        />
      </section>

      <div className="grid">
        <section className="card" aria-labelledby="h-aging">
          <h2 id="h-aging">{t("dashboard.aging")}</h2>
          <ProcessingBarChart
            data={data.aging.buckets.map((b) => ({
              key: b.key,
              count: b.count - b.overdueCount,
              overdue: b.overdueCount,
            }))}
            xKey="key"
            locale={locale}
            series={[
              { key: "count", label: t("dashboard.backlog"), color: "#1d4ed8", unit: "count" },
              { key: "overdue", label: t("dashboard.overdue"), color: "#b91c1c", unit: "count" },
            ]}
          />
          <DataTable
            rows={data.aging.buckets}
            rowKey={(b) => b.key}
            rowHeader
            columns={[
              { header: t("dashboard.bucket"), cell: (b) => b.key },
              { header: t("dashboard.backlog"), cell: (b) => count(b.count), className: "num" },
              { header: t("dashboard.overdue"), cell: (b) => count(b.overdueCount), className: "num" },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="h-overdue">
          <h2 id="h-overdue">{t("dashboard.overdueList")}</h2>
          <DataTable
            rows={data.overdueList}
            rowKey={(a) => a.registrationNo}
            empty={t("dashboard.noOverdue")}
            columns={[
              {
                header: t("list.registrationNo"),
                cell: (a) => <ApplicationLink registrationNo={a.registrationNo} linked={canOpenFiles} />,
              },
              { header: t("list.licenseType"), cell: (a) => a.licenseType },
              { header: t("list.stage"), cell: (a) => t(`stages.${a.currentStage}`) },
              { header: t("list.dueDate"), cell: (a) => formatDate(a.dueDate, locale) },
            ]}
          />
        </section>
      </div>

      <section className="card" aria-labelledby="h-fees">
        <h2 id="h-fees">{t("dashboard.fees")}</h2>
        <p>{t("dashboard.feesCount", { count: count(data.fees.count) })}</p>
        <DataTable
          rows={data.fees.items}
          rowKey={(f) => f.registrationNo}
          empty={t("dashboard.noFees")}
          columns={[
            {
              header: t("list.registrationNo"),
              cell: (f) => <ApplicationLink registrationNo={f.registrationNo} linked={canOpenFiles} />,
            },
            { header: t("list.licenseType"), cell: (f) => f.licenseType },
            {
              header: t("detail.fee"),
              cell: (f) => (f.feeCharged === null ? "—" : formatRupiah(f.feeCharged, locale)),
              className: "num",
            },
            {
              header: t("detail.tariff"),
              cell: (f) => (f.tariff === null ? "—" : formatRupiah(f.tariff, locale)),
              className: "num",
            },
          ]}
        />
      </section>
    </div>
  );
}
