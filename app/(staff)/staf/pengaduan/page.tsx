import { formatDate, formatDateTime } from "@/lib/format/format";
import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { complaintListCalendarWarnings, listComplaints } from "@/lib/complaints/queries";
import { CalendarNotice } from "@/components/calendar/calendar-notice";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

const FILTERS = ["open", "overdue", "all"] as const;

export default async function ComplaintsListPage({ searchParams }: { searchParams: Promise<{ filter?: string }> }) {
  const user = await requirePageCapability("handleComplaints", "/staf/pengaduan");
  const { t, locale } = await getTranslator("complaints");
  const requested = (await searchParams).filter;
  const filter = (FILTERS as readonly string[]).includes(requested ?? "")
    ? (requested as (typeof FILTERS)[number])
    : "open";
  const today = toWibDate(new Date());
  const rows = await listComplaints(
    { status: filter === "overdue" ? undefined : filter, isOverdueOnly: filter === "overdue", today },
    user.role,
  );
  const warnings = await complaintListCalendarWarnings(rows, today);
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
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={`/staf/pengaduan?filter=${f}`}
            className={f === filter ? "btn btn-small" : "btn btn-secondary btn-small"}
            aria-current={f === filter ? "page" : undefined}
          >
            {filterLabel[f]}
          </Link>
        ))}
      </nav>
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("staff.none")}
        isFlagged={(r) => r.isOverdue}
        columns={[
          { header: t("staff.ticket"), cell: (r) => <Link href={`/staf/pengaduan/${r.id}`}>{r.ticketNo}</Link> },
          { header: t("staff.received"), cell: (r) => formatDateTime(r.receivedAt, locale) },
          { header: t("staff.channel"), cell: (r) => t(`channels.${r.channel}`) },
          { header: t("staff.category"), cell: (r) => t(`categories.${r.category}`) },
          { header: t("staff.sender"), cell: (r) => r.sender },
          { header: t("staff.text"), cell: (r) => (r.text.length > 90 ? `${r.text.slice(0, 89)}…` : r.text) },
          { header: t("staff.status"), cell: (r) => t(`statuses.${r.status}`) },
          {
            header: t("staff.deadline"),
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
