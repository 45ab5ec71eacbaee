import Link from "next/link";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { intlTag } from "@/lib/i18n/locales";
import { formatDateId } from "@/lib/format/date";
import { getDb } from "@/lib/db/client";
import { toWibDate } from "@/lib/calendar/working-days";
import { listComplaints } from "@/lib/complaints/queries";
import { loadDeadlineDays } from "@/lib/complaints/complaint-calendar";

export const dynamic = "force-dynamic";

const FILTERS = ["open", "overdue", "all"] as const;

export default async function ComplaintsListPage({ searchParams }: { searchParams: Promise<{ filter?: string }> }) {
  const user = await requirePageCapability("handleComplaints", "/staf/pengaduan");
  const { t, locale } = await getTranslator("complaints");
  const requested = (await searchParams).filter;
  const filter = (FILTERS as readonly string[]).includes(requested ?? "") ? (requested as (typeof FILTERS)[number]) : "open";
  const today = toWibDate(new Date());
  const [rows, days] = await Promise.all([
    listComplaints({ status: filter === "overdue" ? undefined : filter, isOverdueOnly: filter === "overdue", today }, user.role),
    loadDeadlineDays(getDb()),
  ]);
  const dateTime = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
  const filterLabel = { open: t("staff.filterOpen"), overdue: t("staff.filterOverdue"), all: t("staff.filterAll") };
  return (
    <div className="stack">
      <h1>{t("staff.title")}</h1>
      <p className="muted">{t("staff.intro", { days })}</p>
      <div className="row">
        <Link className="btn" href="/staf/pengaduan/baru">{t("staff.newEntry")}</Link>
      </div>
      <nav aria-label={t("staff.filterLabel")} className="row">
        {FILTERS.map((f) => (
          <Link key={f} href={`/staf/pengaduan?filter=${f}`} className={f === filter ? "btn btn-small" : "btn btn-secondary btn-small"} aria-current={f === filter ? "page" : undefined}>
            {filterLabel[f]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p>{t("staff.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("staff.ticket")}</th>
                <th scope="col">{t("staff.received")}</th>
                <th scope="col">{t("staff.channel")}</th>
                <th scope="col">{t("staff.category")}</th>
                <th scope="col">{t("staff.sender")}</th>
                <th scope="col">{t("staff.text")}</th>
                <th scope="col">{t("staff.status")}</th>
                <th scope="col">{t("staff.deadline")}</th>
                <th scope="col">{t("staff.assignee")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-overdue={r.isOverdue ? "true" : undefined} style={r.isOverdue ? { background: "var(--bad-soft)" } : undefined}>
                  <td><Link href={`/staf/pengaduan/${r.id}`}>{r.ticketNo}</Link></td>
                  <td>{dateTime.format(r.receivedAt)}</td>
                  <td>{t(`channels.${r.channel}`)}</td>
                  <td>{t(`categories.${r.category}`)}</td>
                  <td>{r.sender}</td>
                  <td>{r.text.length > 90 ? `${r.text.slice(0, 89)}…` : r.text}</td>
                  <td>{t(`statuses.${r.status}`)}</td>
                  <td>
                    {formatDateId(r.deadlineOn, locale)}{" "}
                    {r.isOverdue && <span className="badge badge-bad">{t("staff.overdue")}</span>}
                  </td>
                  <td>{r.assigneeName || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
