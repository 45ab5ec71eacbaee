import { formatCount } from "@/lib/format/format";
import { getTranslator } from "@/lib/i18n/server";
import { durationBarLink, type ProcessingChartContext } from "@/lib/applications/chart-links";
import type { DurationBucketKey } from "@/lib/applications/duration-buckets";
import { ProcessingBarChart } from "@/components/applications/processing-charts";
import { DataTable } from "@/components/ui/data-table";

/**
 * "Sebaran lama proses": finished files by working days. Each bar opens the applications list of its files
 * (drill-down, issue 16) for readers who may open that list; for the others the chart has no links.
 */
export async function DistributionSection({
  distribution,
  context,
  canOpenFiles,
}: {
  distribution: { key: DurationBucketKey; count: number }[];
  context: ProcessingChartContext;
  canOpenFiles: boolean;
}) {
  const { t, locale } = await getTranslator("applications");
  const series = t("dashboard.count");
  return (
    <section className="card" aria-labelledby="h-dist">
      <h2 id="h-dist">{t("dashboard.distribution")}</h2>
      {canOpenFiles && <p className="sr-only">{t("dashboard.chartHint")}</p>}
      <ProcessingBarChart
        data={distribution}
        xKey="key"
        locale={locale}
        links={canOpenFiles ? distribution.map((bar) => durationBarLink(context, bar, series, true)) : undefined}
        label={t("dashboard.distribution")}
        series={[{ key: "count", label: series, color: "#0f766e", unit: "count" }]}
      />
      <DataTable
        rows={distribution}
        rowKey={(b) => b.key}
        rowHeader
        columns={[
          { header: t("dashboard.days"), cell: (b) => b.key },
          { header: t("dashboard.count"), cell: (b) => formatCount(b.count, locale), className: "num" },
        ]}
      />
    </section>
  );
}
