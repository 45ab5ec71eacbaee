import { formatDate, formatDateRange } from "@/lib/format/format";
import Link from "next/link";
import { ApplicationLink } from "@/components/applications/application-link";
import { PagedTable } from "@/components/ui/paged-table";
import { redirect } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { dueDateCalendarWarnings } from "@/lib/applications/applications-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { finishedFilesWhere } from "@/lib/applications/finished-files-filter";
import { openAgeDrill } from "@/lib/applications/aging-drilldown-queries";
import { overdueDrill } from "@/lib/applications/overdue-filter";
import { feeDiscrepancyDrill } from "@/lib/applications/fee-discrepancy-filter";
import { FEE_DISCREPANCY_CONFLICTS, OVERDUE_CONFLICTS, parseFinishedFilesFilter } from "@/lib/applications/schemas";
import { bucketLabel } from "@/lib/applications/chart-links";
import { defaultTableState, parseTableParams } from "@/lib/table/schemas";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { listLicenseTypes } from "@/lib/reference/queries";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";

const PATH = "/staf/permohonan";

export default async function ApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability("viewApplications", PATH);
  const { t, locale } = await getTranslator("applications");
  const params = await searchParams;
  const state = parseTableParams(APPLICATION_TABLE, params);
  const licenseTypes = await listLicenseTypes();
  // The fee discrepancies (`selisihTarif`) share selesaiDari/selesaiSampai with the duration bar: when asked for, no
  // other drill-down is read (and their own parameters are refused alongside it, lib/applications/schemas.ts).
  const fee = feeDiscrepancyDrill(params, licenseTypes);
  const drill = fee.asked
    ? finishedFilesWhere({ filter: null, invalid: null }, licenseTypes)
    : finishedFilesWhere(parseFinishedFilesFilter(params), licenseTypes);
  const now = new Date();
  // A bar of the aging chart (`umur`) when no duration bar is asked for; the overdue files (`terlambat`), refused
  // by name beside either of them.
  const aging = drill.where || fee.asked ? null : await openAgeDrill(params, licenseTypes, now);
  const overdue = fee.asked ? null : overdueDrill(params, licenseTypes, now);
  const page = await listApplicationsPage(state, fee.where ?? drill.where ?? aging?.where ?? overdue?.where ?? null);
  const { q } = state;
  // An exact hit on a full registration number goes straight to the file: the counter's fastest path.
  if (q && page.total === 1 && page.rows[0].registrationNo.toUpperCase() === q.toUpperCase())
    redirect(`${PATH}/${encodeURIComponent(page.rows[0].registrationNo)}`);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));
  const warnings = await dueDateCalendarWarnings(page.rows);
  const title = fee.where
    ? t("list.feeDiscrepancyTitle")
    : drill.where
      ? t("list.finishedTitle")
      : aging?.where
        ? t("list.agingTitle")
        : overdue?.where
          ? t("list.overdueTitle")
          : q
            ? t("list.resultsTitle")
            : t("list.openTitle");
  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      <CalendarNotice warnings={warnings} showAdminLink={user.role === "ADMIN"} />
      {(can(user.role, "processApplications") || can(user.role, "importData")) && (
        <div className="row">
          {can(user.role, "processApplications") && (
            <Link className="btn btn-secondary" href={`${PATH}/baru`}>
              {t("list.new")}
            </Link>
          )}
          {can(user.role, "importData") && (
            <Link className="btn btn-secondary" href={`${PATH}/impor`}>
              {t("list.import")}
            </Link>
          )}
        </div>
      )}
      <h2>{title}</h2>
      {drill.where && (
        <p className="alert alert-info" data-testid="applications-finished-filter">
          {t("list.finishedFilter", {
            period: formatDateRange(drill.where.from, drill.where.to, locale),
            days: bucketLabel(drill.bucket!, locale),
          })}{" "}
          {drill.filter.licenseType && `· ${drill.filter.licenseType} `}
          {drill.filter.kecamatan && `· ${drill.filter.kecamatan} `}
          <Link href={PATH}>{t("list.finishedClear")}</Link>
        </p>
      )}
      {aging?.where && aging.filter.umur && (
        <p className="alert alert-info" data-testid="applications-aging-filter">
          {t("list.agingFilter", { days: bucketLabel(aging.filter.umur, locale) })}{" "}
          {aging.filter.licenseType && `· ${aging.filter.licenseType} `}
          {aging.filter.kecamatan && `· ${aging.filter.kecamatan} `}
          <Link href={PATH}>{t("list.finishedClear")}</Link>
        </p>
      )}
      {fee.where && (
        <p className="alert alert-info" data-testid="applications-fee-discrepancy-filter">
          {t("list.feeDiscrepancyFilter", {
            period: formatDateRange(fee.where.feeDiscrepantFrom, fee.where.feeDiscrepantTo, locale),
          })}{" "}
          {fee.filter.licenseType && `· ${fee.filter.licenseType} `}
          {fee.filter.kecamatan && `· ${fee.filter.kecamatan} `}
          <Link href={PATH}>{t("list.finishedClear")}</Link>
        </p>
      )}
      {fee.invalid && (
        <p className="alert alert-warn" role="status" data-testid="applications-filter-error">
          {(FEE_DISCREPANCY_CONFLICTS as readonly string[]).includes(fee.invalid)
            ? t("list.feeDiscrepancyConflict", { field: fee.invalid })
            : t("list.feeDiscrepancyInvalid", { field: fee.invalid })}
        </p>
      )}
      {overdue?.where && (
        <p className="alert alert-info" data-testid="applications-overdue-filter">
          {t("list.overdueFilter")} {overdue.filter.licenseType && `· ${overdue.filter.licenseType} `}
          {overdue.filter.kecamatan && `· ${overdue.filter.kecamatan} `}
          <Link href={PATH}>{t("list.finishedClear")}</Link>
        </p>
      )}
      {overdue?.invalid && (
        <p className="alert alert-warn" role="status" data-testid="applications-filter-error">
          {(OVERDUE_CONFLICTS as readonly string[]).includes(overdue.invalid)
            ? t("list.overdueConflict", { field: overdue.invalid })
            : t("list.overdueInvalid", { field: overdue.invalid })}
        </p>
      )}
      {aging?.invalid && (
        <p className="alert alert-warn" role="status" data-testid="applications-filter-error">
          {t("list.agingInvalid", { field: aging.invalid })}
        </p>
      )}
      {drill.invalid && (
        <p className="alert alert-warn" role="status" data-testid="applications-filter-error">
          {t("list.finishedInvalid", { field: drill.invalid })}
        </p>
      )}
      <PagedTable
        path={PATH}
        state={state}
        defaults={defaultTableState(APPLICATION_TABLE)}
        page={page}
        label={title}
        testId="applications"
        filters={{ ...fee.params, ...drill.params, ...aging?.params, ...overdue?.params }}
        searchLabel={t("list.search")}
        searchPlaceholder="KDR-20260105-000123"
        toolbar={
          // The list's download reads the files in progress or the search, not a dashboard bar's finished files.
          !fee.where &&
          !drill.where &&
          !aging?.where &&
          !overdue?.where && (
            <DownloadLinks
              what={t("list.title")}
              formats={PAGE_DOWNLOADS.applications}
              params={{ q: q || undefined, sort: state.sort, dir: state.dir }}
            />
          )
        }
        rowKey={(row) => row.registrationNo}
        empty={t("list.none")}
        columns={[
          {
            header: t("list.registrationNo"),
            sortKey: "registrationNo",
            cell: (row) => <ApplicationLink registrationNo={row.registrationNo} />,
          },
          { header: t("list.applicant"), sortKey: "applicant", cell: (row) => row.applicantName },
          { header: t("list.licenseType"), cell: (row) => codeOf.get(row.licenseTypeId) },
          { header: t("list.status"), sortKey: "status", cell: (row) => t(`statuses.${row.status}`) },
          { header: t("list.stage"), sortKey: "stage", cell: (row) => t(`stages.${row.currentStage}`) },
          { header: t("list.submittedAt"), sortKey: "submittedAt", cell: (row) => formatDate(row.submittedAt, locale) },
          { header: t("list.dueDate"), sortKey: "dueDate", cell: (row) => formatDate(row.dueDate, locale) },
        ]}
      />
    </div>
  );
}
