import { formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { complaintListCalendarWarnings } from "@/lib/complaints/queries";
import { COMPLAINT_LIST_TABS } from "@/lib/complaints/complaint-rules";
import { loadStaffList } from "@/lib/table/staff-list";
import { COMPLAINT_LIST } from "@/lib/table/staff-lists";
import { tableHref } from "@/lib/table/paging";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { ListDownload } from "@/components/export/list-download";
import { PagedTable } from "@/components/ui/paged-table";

export const dynamic = "force-dynamic";

const PATH = COMPLAINT_LIST.path;

export default async function ComplaintsListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability(COMPLAINT_LIST.capability, PATH);
  const { t, locale } = await getTranslator("complaints");
  const now = new Date();
  const list = await loadStaffList(COMPLAINT_LIST, await searchParams, now, user.role);
  const { state, filter, page } = list;
  const defaults = list.table.defaults;
  const warnings = await complaintListCalendarWarnings(page.rows, toWibDate(now));
  // A tab keeps the search and order, and starts at page 1.
  const tabHref = (f: string) => tableHref(PATH, state, defaults, { page: 1 }, { filter: f });
  const filterLabel = { open: t("staff.filterOpen"), overdue: t("staff.filterOverdue"), all: t("staff.filterAll") };
  return (
    <div className="stack">
      <h1>{t("staff.title")}</h1>
      <p className="muted">{t("staff.introCategories")}</p>
      <CalendarNotice warnings={warnings} showAdminLink={user.role === "ADMIN"} />
      <div className="row">
        <Link className="btn" href="/staf/pengaduan/baru">
          {t("staff.newEntry")}
        </Link>
      </div>
      <nav aria-label={t("staff.filterLabel")} className="row">
        {COMPLAINT_LIST_TABS.map((f) => (
          <Link
            key={f}
            href={tabHref(f)}
            className={f === filter ? "btn btn-small" : "btn btn-secondary btn-small"}
            aria-current={f === filter ? "page" : undefined}
          >
            {filterLabel[f]}
          </Link>
        ))}
      </nav>
      <PagedTable
        {...list.table}
        label={filterLabel[filter]}
        testId="complaints"
        searchLabel={t("staff.search")}
        filterFields={<input type="hidden" name="filter" value={filter} />}
        toolbar={<ListDownload list={COMPLAINT_LIST} loaded={list} />}
        rowKey={(r) => r.id}
        empty={t("staff.none")}
        isFlagged={(r) => r.isOverdue}
        columns={[
          {
            header: t("staff.ticket"),
            sortKey: "ticket",
            cell: (r) => <Link href={`/staf/pengaduan/${r.id}`}>{r.ticketNo}</Link>,
          },
          { header: t("staff.received"), sortKey: "received", cell: (r) => formatDateTime(r.receivedAt, locale) },
          { header: t("staff.channel"), cell: (r) => t(`channels.${r.channel}`) },
          { header: t("staff.category"), cell: (r) => t(`categories.${r.category}`) },
          { header: t("staff.sender"), cell: (r) => r.sender },
          { header: t("staff.text"), cell: (r) => (r.text.length > 90 ? `${r.text.slice(0, 89)}…` : r.text) },
          { header: t("staff.status"), sortKey: "status", cell: (r) => t(`statuses.${r.status}`) },
          {
            header: t("staff.deadline"),
            sortKey: "deadline",
            cell: (r) => (
              <>
                {formatDate(r.deadlineOn, locale)}{" "}
                {r.isExtended && <span className="badge">{t("staff.extended")}</span>}{" "}
                {r.isOverdue && <span className="badge badge-bad">{t("staff.overdue")}</span>}
              </>
            ),
          },
          { header: t("staff.assignee"), cell: (r) => r.assigneeName || "—" },
        ]}
      />
    </div>
  );
}
