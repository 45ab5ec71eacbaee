import { Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatPeriod } from "@/lib/format/format";
import { periodInWords } from "@/lib/export/period-words";
import { formatKpiValue } from "@/lib/kpi/format-kpi";
import { periodKeyLabel } from "@/lib/periods/periods";
import type { ScorecardExport, ScorecardExportEntry } from "@/lib/kpi/scorecard-export";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import { PdfTable, ReportDocument, pdfStyles, pdfText, renderPdf } from "@/components/pdf";

/** The leadership scorecard as a signed PDF: one row per KPI, then the six-period trend. */
export function renderScorecardPdf(input: {
  scorecard: ScorecardExport;
  office: OfficeProfile;
  today: string;
  locale: Locale;
}): Promise<Buffer> {
  const { scorecard, office, today, locale } = input;
  const t = createTranslator(locale, "exports");
  const common = createTranslator(locale, "common");
  const dashboard = createTranslator(locale, "dashboard");
  const value = (e: ScorecardExportEntry, v: number | null) => formatKpiValue(e.code, v, locale);
  const keys = scorecard.entries[0]?.trend.map((p) => p.key) ?? [];
  return renderPdf(
    <ReportDocument
      office={office}
      title={t("scorecard.title")}
      period={periodInWords(scorecard.period, locale)}
      today={today}
      locale={locale}
    >
      <PdfTable<ScorecardExportEntry>
        columns={[
          { title: t("scorecard.kpi"), width: "32%", cell: (e) => common(`kpi.${e.code}`) },
          { title: t("scorecard.value"), width: "13%", align: "right", cell: (e) => value(e, e.value) },
          { title: t("scorecard.target"), width: "13%", align: "right", cell: (e) => value(e, e.target) },
          { title: t("scorecard.status"), width: "14%", cell: (e) => dashboard(`status.${e.status}`) },
          {
            title: t("scorecard.previous", { period: formatPeriod(scorecard.comparison, locale) }),
            width: "14%",
            align: "right",
            cell: (e) => value(e, e.previous),
          },
          {
            title: t("scorecard.change"),
            width: "14%",
            align: "right",
            cell: (e) => {
              const d = e.change.difference;
              return d === null ? "—" : `${d >= 0 ? "+" : "-"}${value(e, Math.abs(d))}`;
            },
          },
        ]}
        rows={scorecard.entries}
      />
      <Text style={pdfStyles.h2}>{pdfText(t("scorecard.trendTitle"))}</Text>
      <PdfTable<ScorecardExportEntry>
        fontSize={7.5}
        columns={[
          { title: t("scorecard.kpi"), width: "28%", cell: (e) => common(`kpi.${e.code}`) },
          ...keys.map((key, i) => ({
            title: periodKeyLabel(key, locale),
            width: `${72 / Math.max(keys.length, 1)}%`,
            align: "right" as const,
            cell: (e: ScorecardExportEntry) => value(e, e.trend[i]?.value ?? null),
          })),
        ]}
        rows={scorecard.entries}
      />
    </ReportDocument>,
  );
}
