import { formatDate, formatDateTime } from "@/lib/format/format";
import { auditDetailLines, auditText } from "@/lib/audit/detail-text";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { AUDIT_ACTIONS, auditActionKey, isKnownAuditAction } from "@/lib/audit/actions";
import { loadStaffList } from "@/lib/table/staff-list";
import { AUDIT_LIST } from "@/lib/table/staff-lists";
import { ListDownload } from "@/components/export/list-download";
import { PagedTable } from "@/components/ui/paged-table";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(AUDIT_LIST.capability, AUDIT_LIST.path);
  const { t, locale } = await getTranslator("audit");
  const list = await loadStaffList(AUDIT_LIST, await searchParams, new Date());
  const { filter, error } = list;
  const actionName = (code: string) => (isKnownAuditAction(code) ? t(auditActionKey(code)) : code);
  const actions = [...AUDIT_ACTIONS].sort((a, b) => actionName(a).localeCompare(actionName(b), locale));
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <PagedTable
        {...list.table}
        label={t("label")}
        testId="audit"
        searchLabel={t("search")}
        toolbar={<ListDownload list={AUDIT_LIST} loaded={list} />}
        notice={
          error && (
            <p className="alert alert-error" role="alert">
              {t(error)}
            </p>
          )
        }
        filterFields={
          <>
            <div className="field">
              <label htmlFor="audit-action">{t("action")}</label>
              <select id="audit-action" name="action" defaultValue={filter.action}>
                <option value="">{t("allActions")}</option>
                {actions.map((code) => (
                  <option key={code} value={code}>
                    {actionName(code)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="audit-actor">{t("actor")}</label>
              <input id="audit-actor" name="actor" defaultValue={filter.actor} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="audit-from">{t("from")}</label>
              <input id="audit-from" name="from" type="date" defaultValue={filter.from} />
            </div>
            <div className="field">
              <label htmlFor="audit-to">{t("to")}</label>
              <input id="audit-to" name="to" type="date" defaultValue={filter.to} />
            </div>
          </>
        }
        rowKey={(e) => e.id}
        rowData={(e) => ({ action: e.action })}
        empty={t("none")}
        columns={[
          { header: t("at"), sortKey: "at", cell: (e) => formatDateTime(e.at, locale) },
          { header: t("actor"), sortKey: "actor", cell: (e) => e.actor },
          {
            header: t("action"),
            sortKey: "action",
            cell: (e) => <span title={e.action}>{actionName(e.action)}</span>,
          },
          {
            header: t("target"),
            cell: (e) => (e.target ? auditText(e.target, { day: (day) => formatDate(day, locale) }) : ""),
          },
          {
            header: t("detail"),
            cell: (e) =>
              auditDetailLines(e.detail, {
                day: (day) => formatDate(day, locale),
                instant: (at) => formatDateTime(at, locale),
              }).map((line, index) => <div key={index}>{line}</div>),
            className: "small audit-detail",
          },
        ]}
      />
    </div>
  );
}
