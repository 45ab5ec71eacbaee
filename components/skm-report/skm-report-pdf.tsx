import { Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatCount, formatDecimal, MISSING } from "@/lib/format/format";
import type { IkmByLicenseTypeRow, SkmExportData, SkmTrendRow } from "@/lib/skm/dashboard-export";
import { skmHeadline } from "@/lib/skm/dashboard-export";
import type { SkmSummaryElement } from "@/lib/skm/summary";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import { PdfTable, ReportDocument, pdfStyles, pdfText, renderPdf } from "@/components/pdf";

/**
 * The SKM report of a period as a signed PDF: headline (IKM, grade, respondents), per element, per licence type, the
 * IKM trend when given, and the follow-up plan of a published report.
 */
export function renderSkmReportPdf(input: {
  /** A published report's frozen snapshot has no per-licence-type table or trend: those sections are left out. */
  data: Pick<SkmExportData, "summary"> & {
    byLicenseType?: readonly IkmByLicenseTypeRow[];
    trend?: readonly SkmTrendRow[];
  };
  office: OfficeProfile;
  period: string;
  today: string;
  locale: Locale;
  /** A published report's plan and version line. */
  published?: { followUpPlan: string; versionLine: string };
}): Promise<Buffer> {
  const { data, office, period, today, locale, published } = input;
  const t = createTranslator(locale, "skm");
  const ex = createTranslator(locale, "exports");
  const en = locale === "en";
  const decimal = (v: number | null, places: number) => formatDecimal(v, locale, places);
  return renderPdf(
    <ReportDocument office={office} title={ex("skm.reportTitle")} period={period} today={today} locale={locale}>
      <Text style={[pdfStyles.h2, { marginTop: 0 }]}>{pdfText(skmHeadline(data.summary, ex, locale))}</Text>
      {published ? <Text style={pdfStyles.muted}>{pdfText(published.versionLine)}</Text> : null}
      <Text style={pdfStyles.h2}>{pdfText(ex("skm.elementsTitle"))}</Text>
      <PdfTable<SkmSummaryElement>
        columns={[
          { title: t("colCode"), width: "8%", cell: (e) => e.code },
          { title: t("colElement"), width: "40%", cell: (e) => (en ? e.nameEn : e.name) },
          {
            title: ex("skm.respondentsAnswered"),
            width: "14%",
            align: "right",
            cell: (e) => formatCount(e.count, locale),
          },
          { title: t("colNrr"), width: "12%", align: "right", cell: (e) => decimal(e.nrr, 3) },
          { title: t("colWeighted"), width: "14%", align: "right", cell: (e) => decimal(e.weighted, 3) },
          { title: t("colPriority"), width: "12%", cell: (e) => (e.isWeakest ? t("weakest") : "") },
        ]}
        rows={data.summary.elements}
        empty={ex("noData")}
      />
      {data.byLicenseType ? (
        <>
          <Text style={pdfStyles.h2}>{pdfText(ex("skm.typesTitle"))}</Text>
          <PdfTable<IkmByLicenseTypeRow>
            columns={[
              { title: t("licenseType"), width: "58%", cell: (r) => (en ? r.nameEn : r.name) },
              {
                title: t("respondents"),
                width: "16%",
                align: "right",
                cell: (r) => formatCount(r.respondents, locale),
              },
              { title: t("ikm"), width: "13%", align: "right", cell: (r) => decimal(r.ikm, 2) },
              { title: t("grade"), width: "13%", cell: (r) => r.grade ?? MISSING },
            ]}
            rows={data.byLicenseType}
            empty={ex("noData")}
          />
        </>
      ) : null}
      {data.trend ? (
        <>
          <Text style={pdfStyles.h2}>{pdfText(ex("skm.trendTitle"))}</Text>
          <PdfTable<SkmTrendRow>
            columns={[
              { title: t("colPeriod"), width: "40%", cell: (p) => (en ? p.labelEn : p.label) },
              {
                title: t("respondents"),
                width: "20%",
                align: "right",
                cell: (p) => formatCount(p.respondents, locale),
              },
              { title: t("ikm"), width: "20%", align: "right", cell: (p) => decimal(p.ikm, 2) },
              { title: t("grade"), width: "20%", cell: (p) => p.grade ?? MISSING },
            ]}
            rows={data.trend}
          />
        </>
      ) : null}
      {published?.followUpPlan ? (
        <>
          <Text style={pdfStyles.h2}>{pdfText(ex("skm.followUp"))}</Text>
          <Text style={pdfStyles.paragraph}>{pdfText(published.followUpPlan)}</Text>
        </>
      ) : null}
    </ReportDocument>,
  );
}
