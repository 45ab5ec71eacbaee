import { formatDate } from "@/lib/format/format";
import Link from "next/link";
import { ApplicationLink } from "@/components/applications/application-link";
import { DataTable } from "@/components/ui/data-table";
import { redirect } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { dueDateCalendarWarnings, searchApplications } from "@/lib/applications/applications";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { listLicenseTypes } from "@/lib/reference/queries";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageCapability("viewApplications", "/staf/permohonan");
  const { t, locale } = await getTranslator("applications");
  const q = ((await searchParams).q ?? "").trim();
  const [rows, licenseTypes] = await Promise.all([searchApplications(q), listLicenseTypes()]);
  // An exact hit on a full registration number goes straight to the file: the counter's fastest path.
  if (q && rows.length === 1 && rows[0].registrationNo.toUpperCase() === q.toUpperCase())
    redirect(`/staf/permohonan/${encodeURIComponent(rows[0].registrationNo)}`);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));
  const warnings = await dueDateCalendarWarnings(rows);
  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      <CalendarNotice warnings={warnings} showAdminLink={user.role === "ADMIN"} />
      <form method="get" className="card row" role="search">
        <div className="field">
          <label htmlFor="q">{t("list.search")}</label>
          <input id="q" name="q" defaultValue={q} autoFocus autoComplete="off" placeholder="KDR-20260105-000123" />
        </div>
        <button className="btn" type="submit">
          {t("list.searchButton")}
        </button>
        {can(user.role, "processApplications") && (
          <Link className="btn btn-secondary" href="/staf/permohonan/baru">
            {t("list.new")}
          </Link>
        )}
        {can(user.role, "importData") && (
          <Link className="btn btn-secondary" href="/staf/permohonan/impor">
            {t("list.import")}
          </Link>
        )}
      </form>
      <h2>{q ? t("list.resultsTitle") : t("list.openTitle")}</h2>
      <DownloadLinks what={t("list.title")} formats={PAGE_DOWNLOADS.applications} params={{ q: q || undefined }} />
      <DataTable
        rows={rows}
        rowKey={(row) => row.registrationNo}
        empty={t("list.none")}
        columns={[
          { header: t("list.registrationNo"), cell: (row) => <ApplicationLink registrationNo={row.registrationNo} /> },
          { header: t("list.applicant"), cell: (row) => row.applicantName },
          { header: t("list.licenseType"), cell: (row) => codeOf.get(row.licenseTypeId) },
          { header: t("list.status"), cell: (row) => t(`statuses.${row.status}`) },
          { header: t("list.stage"), cell: (row) => t(`stages.${row.currentStage}`) },
          { header: t("list.dueDate"), cell: (row) => formatDate(row.dueDate, locale) },
        ]}
      />
    </div>
  );
}
