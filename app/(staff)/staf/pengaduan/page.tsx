import { formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { complaintListCalendarWarnings } from "@/lib/complaints/queries";
import { COMPLAINT_LIST_TABS, complaintListTabFilter, type ComplaintListTab } from "@/lib/complaints/complaint-rules";
import { COMPLAINT_TABLE, listComplaintsPage } from "@/lib/complaints/list-queries";
import { defaultTableState, parseTableParams } from "@/lib/table/schemas";
import { tableHref } from "@/lib/table/paging";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { DownloadLinks, PAGE_DOWNLOADS } from "@/components/export/download-links";
import { PagedTable } from "@/components/ui/paged-table";

export const dynamic = "force-dynamic";

const PATH = "/staf/pengaduan";

export default async function ComplaintsListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageCapability("handleComplaints", PATH);
  const { t, locale } = await getTranslator("complaints");
  const raw = await searchParams;
  const state = parseTableParams(COMPLAINT_TABLE, raw);
  const defaults = defaultTableState(COMPLAINT_TABLE);
  const requested = typeof raw.filter === "string" ? raw.filter : undefined;
  const filter = (COMPLAINT_LIST_TABS as readonly string[]).includes(requested ?? "")
    ? (requested as ComplaintListTab)
    : "open";
  const today = toWibDate(new Date());
  const page = await listComplaintsPage(complaintListTabFilter(filter, today), state, user.role);
  const warnings = await complaintListCalendarWarnings(page.rows, today);
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
        path={PATH}
        state={state}
        defaults={defaults}
        page={page}
        label={filterLabel[filter]}
        testId="complaints"
        searchLabel={t("staff.search")}
        filters={{ filter }}
        filterFields={<input type="hidden" name="filter" value={filter} />}
        toolbar={
          <DownloadLinks
            what={t("listExport.what")}
            formats={PAGE_DOWNLOADS.complaints}
            params={{ filter, q: state.q || undefined, sort: state.sort, dir: state.dir }}
          />
        }
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
