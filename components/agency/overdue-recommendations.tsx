import { formatDate } from "@/lib/format/format";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "@/components/ui/data-table";

type OverdueRecommendations = {
  byAgency: { agency: string; waiting: number; overdue: number }[];
  files: { registrationNo: string; licenseType: string; agency: string; dueDate: string; daysOver: number }[];
};

/** Files waiting for a technical agency past its SLA, per agency and one by one (weekly review, issue 20). */
export function OverdueRecommendationsSection({
  data,
  t,
  locale,
  limit = 15,
}: {
  data: OverdueRecommendations;
  t: Translator;
  locale: Locale;
  limit?: number;
}) {
  return (
    <section className="card" aria-labelledby="h-agency-overdue" data-testid="weekly-agency-overdue">
      <h2 id="h-agency-overdue">{t("weekly.title")}</h2>
      <p className="muted">{t("weekly.intro")}</p>
      {data.byAgency.length === 0 ? (
        <p>{t("weekly.none")}</p>
      ) : (
        <>
          <ul>
            {data.byAgency.map((row) => (
              <li key={row.agency}>{t("weekly.summary", row)}</li>
            ))}
          </ul>
          <DataTable
            rows={data.files.slice(0, limit)}
            rowKey={(file) => file.registrationNo}
            rowHeader
            columns={[
              { header: t("queue.registrationNo"), cell: (file) => file.registrationNo },
              { header: t("queue.licenseType"), cell: (file) => file.licenseType },
              { header: t("dashboard.agency"), cell: (file) => file.agency },
              { header: t("queue.dueDate"), cell: (file) => formatDate(file.dueDate, locale) },
              { header: t("dashboard.daysOver"), cell: (file) => file.daysOver, className: "num" },
            ]}
          />
        </>
      )}
    </section>
  );
}
