import { Text, View } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format/format";
import { toWibDate } from "@/lib/calendar/working-days";
import { DELIVERY_COMPONENTS, MANAGEMENT_COMPONENTS } from "@/lib/kpi/standards-coverage";
import { EVIDENCE_LOCATIONS, type EvidencePack } from "@/lib/evidence/pack";
import { PdfTable, SectionHeading, PDF_COLORS, pdfStyles, pdfText, type PageRegistry } from "@/components/pdf";
import { ItemStatus, rupiah } from "./evidence-pack-parts";

type Props = { pack: EvidencePack; t: Translator; locale: Locale; baseUrl: string; registry: PageRegistry };

const decimals = (v: number | null, digits: number) => (v === null ? "—" : v.toFixed(digits).replace(".", ","));

/** The six items of the evidence pack, numbered as in the table of contents. */
export function EvidenceSections({ pack, t, locale, baseUrl, registry }: Props) {
  const d = (day: string) => formatDate(day, locale);
  const heading = (id: keyof EvidencePack["status"], n: number) => (
    <>
      <SectionHeading id={id} title={`${n}. ${t(`sections.${id}`)}`} registry={registry} />
      <ItemStatus locale={locale} status={pack.status[id]} hrefs={EVIDENCE_LOCATIONS[id]} t={t} baseUrl={baseUrl} />
    </>
  );
  return (
    <>
      {heading("standards", 1)}
      <PdfTable
        columns={[
          { title: t("standards.colCode"), width: "12%", cell: (r: EvidencePack["standards"][number]) => r.code },
          { title: t("standards.colName"), width: "40%", cell: (r) => r.name },
          {
            title: t("standards.colDelivery"),
            width: "17%",
            align: "right",
            cell: (r) => DELIVERY_COMPONENTS.filter((c) => r.components[c]).length,
          },
          {
            title: t("standards.colManagement"),
            width: "17%",
            align: "right",
            cell: (r) => MANAGEMENT_COMPONENTS.filter((c) => r.components[c]).length,
          },
          {
            title: t("standards.colPublished"),
            width: "14%",
            cell: (r) => (r.standardPublished ? t("standards.yes") : t("standards.no")),
          },
        ]}
        rows={pack.standards}
      />

      {heading("maklumat", 2)}
      <Text style={[pdfStyles.paragraph, { fontStyle: "italic" }]}>{pdfText(pack.maklumat.text)}</Text>

      {heading("skm", 3)}
      <PdfTable
        columns={[
          {
            title: t("skm.colPeriod"),
            width: "18%",
            cell: (r: EvidencePack["reports"][number]) => (locale === "en" ? r.labelEn : r.labelId),
          },
          { title: t("skm.colMethod"), width: "20%", cell: (r) => r.regulation },
          {
            title: t("skm.colSample"),
            width: "26%",
            cell: (r) =>
              `${r.respondents} / ${r.requiredSample ?? "—"} (${r.sampleAdequate === null ? t("skm.unknown") : r.sampleAdequate ? t("skm.adequate") : t("skm.short")})`,
          },
          {
            title: t("skm.colIkm"),
            width: "14%",
            align: "right",
            cell: (r) => `${decimals(r.ikm, 2)} (${r.grade ?? "—"})`,
          },
          {
            title: t("skm.colPublished"),
            width: "22%",
            cell: (r) => `${d(toWibDate(r.publishedAt))}, ${t("skm.version", { n: r.version })}`,
          },
        ]}
        rows={pack.reports}
        empty={t("none")}
      />

      {heading("followUp", 4)}
      {pack.reports.map((report) => {
        const actions = pack.followUps.filter((a) => a.periodKey === report.key);
        const kept = actions.filter((a) => a.status !== "dropped");
        return (
          <View key={report.key}>
            <Text style={pdfStyles.h3}>
              {pdfText(
                t("followUp.report", {
                  period: locale === "en" ? report.labelEn : report.labelId,
                  done: kept.filter((a) => a.status === "done").length,
                  total: kept.length,
                }),
              )}
            </Text>
            {actions.length === 0 ? (
              <Text style={{ color: PDF_COLORS.bad }}>
                {pdfText(t("gapText.followUpNone", { period: report.key }))}
              </Text>
            ) : (
              <PdfTable
                columns={[
                  {
                    title: t("followUp.colAction"),
                    width: "26%",
                    cell: (a: EvidencePack["followUps"][number]) => a.title,
                  },
                  { title: t("followUp.colBasis"), width: "16%", cell: (a) => a.basis },
                  { title: t("followUp.colOwner"), width: "14%", cell: (a) => a.owner },
                  { title: t("followUp.colDue"), width: "11%", cell: (a) => d(a.dueDay) },
                  {
                    title: t("followUp.colStatus"),
                    width: "12%",
                    cell: (a) => `${t(`followUpStatus.${a.status}`)}${a.doneDay ? ` ${d(a.doneDay)}` : ""}`,
                  },
                  {
                    title: t("followUp.colEvidence"),
                    width: "21%",
                    cell: (a) =>
                      [a.evidenceText.slice(0, 160), a.files.length ? t("followUp.files", { n: a.files.length }) : ""]
                        .filter(Boolean)
                        .join(" · ") || "—",
                  },
                ]}
                rows={actions}
              />
            )}
          </View>
        );
      })}

      {heading("complaints", 5)}
      <Text style={pdfStyles.muted}>
        {pdfText(
          t("complaints.period", {
            from: d(`${pack.year}-01-01`),
            to: d(pack.today < `${pack.year}-12-31` ? pack.today : `${pack.year}-12-31`),
          }),
        )}
      </Text>
      <PdfTable
        columns={[
          { title: "", width: "70%", cell: (r: [string, string]) => r[0] },
          { title: "", width: "30%", align: "right", cell: (r) => r[1] },
        ]}
        rows={[
          [t("complaints.received"), String(pack.complaints.received)],
          [
            t("complaints.withinDeadline"),
            pack.complaints.resolvedWithinDeadlinePercent === null
              ? "—"
              : `${decimals(pack.complaints.resolvedWithinDeadlinePercent, 1)}%`,
          ],
          [t("complaints.median"), decimals(pack.complaints.medianWorkingDaysToResolution, 1)],
          [t("complaints.overdue"), String(pack.complaints.overdueCount)],
        ]}
      />

      {heading("compensation", 6)}
      <PdfTable
        columns={[
          {
            title: t("compensation.colDate"),
            width: "13%",
            cell: (c: EvidencePack["compensation"][number]) => d(c.occurredOn),
          },
          { title: t("compensation.colComponent"), width: "15%", cell: (c) => t(`components.${c.component}`) },
          {
            title: t("compensation.colShortfall"),
            width: "28%",
            cell: (c) => [c.licenseType, c.shortfall].filter(Boolean).join(": "),
          },
          {
            title: t("compensation.colOffered"),
            width: "29%",
            cell: (c) =>
              `${t(`kinds.${c.kind}`)}: ${c.offered}${c.amount !== null ? ` (${rupiah(c.amount, locale)})` : ""}`,
          },
          { title: t("compensation.colStatus"), width: "15%", cell: (c) => t(`statuses.${c.status}`) },
        ]}
        rows={pack.compensation}
        empty={t("compensation.empty")}
      />
    </>
  );
}
