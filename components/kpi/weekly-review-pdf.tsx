import { Text } from "@react-pdf/renderer";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatCount, formatDate, formatDateRange, formatDecimal, formatPeriod } from "@/lib/format/format";
import type { getWeeklyReview } from "@/lib/kpi/weekly-review-queries";
import type { OfficeProfile } from "@/lib/settings/office-profile";
import { PdfTable, ReportDocument, pdfStyles, pdfText, renderPdf } from "@/components/pdf";

type WeeklyReview = Awaited<ReturnType<typeof getWeeklyReview>>;
type Line = [label: string, thisWeek: string, lastWeek: string];

/** The weekly review as a signed PDF: this week against the week before, open backlogs, weakest elements, follow-ups. */
export function renderWeeklyReviewPdf(input: {
  review: WeeklyReview;
  office: OfficeProfile;
  today: string;
  locale: Locale;
}): Promise<Buffer> {
  const { review: r, office, today, locale } = input;
  const t = createTranslator(locale, "dashboard");
  const tf = createTranslator(locale, "followUp");
  const ex = createTranslator(locale, "exports");
  const num = (v: number | null, digits = 0) =>
    digits === 0 ? formatCount(v, locale) : formatDecimal(v, locale, digits);
  const lines: Line[] = [
    [t("weekly.newApplications"), num(r.thisWeek.newApplications), num(r.lastWeek.newApplications)],
    [t("weekly.issued"), num(r.thisWeek.issued), num(r.lastWeek.issued)],
    [t("weekly.respondents"), num(r.thisWeek.respondents), num(r.lastWeek.respondents)],
    [t("weekly.ikmWeek"), num(r.thisWeek.ikm, 2), num(r.lastWeek.ikm, 2)],
    [t("weekly.newComplaints"), num(r.thisWeek.newComplaints), num(r.lastWeek.newComplaints)],
  ];
  const now: [string, string][] = [
    [`${t("weekly.ikmQuarter")} (${formatPeriod(r.quarter, locale)})`, num(r.ikmQuarter, 2)],
    [t("weekly.overdueNow"), num(r.overdueApplications)],
    [t("weekly.overdueComplaints"), num(r.overdueComplaints)],
  ];
  const followUps = [...r.followUps.overdue, ...r.followUps.dueSoon];
  return renderPdf(
    <ReportDocument
      office={office}
      title={t("weekly.title")}
      period={formatDateRange(r.thisWeek.from, r.thisWeek.to, locale)}
      today={today}
      locale={locale}
    >
      <PdfTable<Line>
        columns={[
          { title: t("weekly.measure"), width: "50%", cell: (l) => l[0] },
          {
            title: `${t("weekly.thisWeek")} (${formatDateRange(r.thisWeek.from, r.thisWeek.to, locale)})`,
            width: "25%",
            align: "right",
            cell: (l) => l[1],
          },
          {
            title: `${t("weekly.lastWeek")} (${formatDateRange(r.lastWeek.from, r.lastWeek.to, locale)})`,
            width: "25%",
            align: "right",
            cell: (l) => l[2],
          },
        ]}
        rows={lines}
      />
      <PdfTable<[string, string]>
        columns={[
          { title: t("weekly.measure"), width: "75%", cell: (l) => l[0] },
          {
            title: ex("weekly.asOf", { date: formatDate(today, locale) }),
            width: "25%",
            align: "right",
            cell: (l) => l[1],
          },
        ]}
        rows={now}
      />
      <Text style={pdfStyles.h2}>{pdfText(t("weekly.weakest"))}</Text>
      {r.weakest.length === 0 ? <Text>{pdfText(t("weekly.none"))}</Text> : null}
      {r.weakest.map((e, i) => (
        <Text key={e.code}>
          {pdfText(`${i + 1}. ${e.code} ${locale === "id" ? e.name : e.nameEn}: NRR ${num(e.nrr, 2)}`)}
        </Text>
      ))}
      <Text style={pdfStyles.h2}>{pdfText(tf("weekly.title"))}</Text>
      <PdfTable<(typeof followUps)[number]>
        columns={[
          { title: tf("weekly.title"), width: "55%", cell: (a) => a.title },
          {
            title: ex("weekly.owner"),
            width: "25%",
            cell: (a) => [a.ownerName, a.ownerUnit].filter(Boolean).join(" · "),
          },
          { title: ex("weekly.due"), width: "20%", cell: (a) => formatDate(a.dueDay, locale) },
        ]}
        rows={followUps}
        empty={tf("weekly.none")}
      />
      <Text style={pdfStyles.h2}>{pdfText(t("weekly.notable"))}</Text>
      {r.comments.length === 0 ? <Text>{pdfText(t("weekly.none"))}</Text> : null}
      {r.comments.map((c, i) => (
        <Text key={i} style={pdfStyles.paragraph}>
          {pdfText(`${formatDate(c.surveyDate, locale)} — ${c.comment}`)}
        </Text>
      ))}
    </ReportDocument>,
  );
}
