/**
 * The staff lists that had no download (issue 16) as Excel sheets: the audit log, the SMS outbox, users, API tokens
 * and the projects owing their latest LKPM report. One row per entry of the list as filtered, searched and ordered
 * on its page; headers are the page's column headers in the reader's language; instants are Excel date-times (WIB),
 * days Excel dates, counts and rupiah numbers. Pure: the rows and the filters' words come from the caller.
 */
import type { AuditRow } from "../audit/queries";
import type { OutboxRow } from "../complaints/outbox-queries";
import type { RealisationProjectStatus } from "../investment/realisation-queries";
import type { TokenRow, UserRow } from "../users/list-queries";
import { auditDetailLines, auditText } from "../audit/detail-text";
import { auditActionKey, isKnownAuditAction } from "../audit/actions";
import { formatDate, formatDateTime } from "../format/format";
import type { Locale } from "../i18n/locales";
import { createTranslator } from "../i18n/translate";
import { xlsxTable, type XlsxColumn, type XlsxTable } from "./xlsx";

/** What the sheet is filtered by: the search text and the list's other filters already in words. */
export type ListSheetFilter = { q: string; filters?: readonly string[] };

/** The second line of a list's sheet: "Pencarian: "budi" · Tindakan: Masuk berhasil", or "all rows". */
export function listSubtitle(locale: Locale, filter: ListSheetFilter): string {
  const t = createTranslator(locale, "listExports");
  const parts = [...(filter.q ? [t("search", { q: filter.q })] : []), ...(filter.filters ?? [])];
  return parts.length > 0 ? `${parts.join(" · ")} — ${t("sortedBy")}` : t("all");
}

type SheetWords = { sheet: string; title: string; subtitle: string; empty: string };

/** A list's sheet: its name and title from `listExports.<key>`, the filter line, the page's words for no rows. */
function sheet<Row>(
  locale: Locale,
  key: string,
  filter: ListSheetFilter,
  empty: string,
  columns: XlsxColumn<Row>[],
  rows: readonly Row[],
  /** Words before the filter line, e.g. "Per 6 Desember 2026". */
  lead?: string,
): XlsxTable {
  const ex = createTranslator(locale, "listExports");
  const subtitle = lead ? `${lead} · ${listSubtitle(locale, filter)}` : listSubtitle(locale, filter);
  const words: SheetWords = { sheet: ex(`${key}.sheet`), title: ex(`${key}.title`), subtitle, empty };
  return xlsxTable<Row>({ ...words, columns, rows });
}

/** The audit log: time, actor, the action in words and its code, the target and the detail as readable lines. */
export function auditListSheet(rows: readonly AuditRow[], locale: Locale, filter: ListSheetFilter): XlsxTable {
  const t = createTranslator(locale, "audit");
  const ex = createTranslator(locale, "listExports");
  const day = (iso: string) => formatDate(iso, locale);
  const instant = (at: Date) => formatDateTime(at, locale);
  return sheet<AuditRow>(
    locale,
    "audit",
    filter,
    t("none"),
    [
      { header: t("at"), kind: "datetime", value: (e) => e.at },
      { header: t("actor"), kind: "text", value: (e) => e.actor },
      {
        header: t("action"),
        kind: "text",
        value: (e) => (isKnownAuditAction(e.action) ? t(auditActionKey(e.action)) : e.action),
      },
      { header: ex("audit.actionCode"), kind: "text", value: (e) => e.action },
      { header: t("target"), kind: "text", value: (e) => (e.target ? auditText(e.target, { day }) : null) },
      { header: t("detail"), kind: "text", value: (e) => auditDetailLines(e.detail, { day, instant }).join("\n") },
    ],
    rows,
  );
}

/** The SMS outbox: when, to whom, the text and its status in words. */
export function outboxListSheet(rows: readonly OutboxRow[], locale: Locale, filter: ListSheetFilter): XlsxTable {
  const t = createTranslator(locale, "complaints");
  return sheet<OutboxRow>(
    locale,
    "outbox",
    filter,
    t("outbox.none"),
    [
      { header: t("outbox.createdAt"), kind: "datetime", value: (m) => m.createdAt },
      { header: t("outbox.recipient"), kind: "text", value: (m) => m.recipient },
      { header: t("outbox.body"), kind: "text", value: (m) => m.body },
      { header: t("outbox.status"), kind: "text", value: (m) => t(`outbox.statuses.${m.status}`) },
    ],
    rows,
  );
}

/** Staff accounts: name, e-mail, role in words, agency, active or not, last sign-in and a running lock. */
export function userListSheet(rows: readonly UserRow[], locale: Locale, filter: ListSheetFilter, now: Date) {
  const t = createTranslator(locale, "admin");
  const tc = createTranslator(locale, "common");
  const ex = createTranslator(locale, "listExports");
  return sheet<UserRow>(
    locale,
    "users",
    filter,
    "—",
    [
      { header: t("users.name"), kind: "text", value: (u) => u.name },
      { header: t("users.email"), kind: "text", value: (u) => u.email },
      { header: t("users.role"), kind: "text", value: (u) => tc(`roles.${u.role}`) },
      { header: ex("users.agency"), kind: "text", value: (u) => u.agency },
      { header: t("users.status"), kind: "text", value: (u) => (u.active ? t("users.active") : t("users.inactive")) },
      { header: t("users.lastLogin"), kind: "datetime", value: (u) => u.lastLoginAt },
      {
        header: ex("users.lockedUntil"),
        kind: "datetime",
        value: (u) => (u.lockedUntil && u.lockedUntil > now ? u.lockedUntil : null),
      },
    ],
    rows,
  );
}

/** API tokens (never their secrets): name, prefix, role, created, last used, expiry and status in words. */
export function tokenListSheet(rows: readonly TokenRow[], locale: Locale, filter: ListSheetFilter, now: Date) {
  const t = createTranslator(locale, "admin");
  const tc = createTranslator(locale, "common");
  const ex = createTranslator(locale, "listExports");
  const status = (tk: TokenRow) =>
    tk.revokedAt
      ? t("tokens.revoked")
      : tk.expiresAt && tk.expiresAt <= now
        ? t("tokens.expired")
        : ex("tokens.active");
  return sheet<TokenRow>(
    locale,
    "tokens",
    filter,
    t("tokens.none"),
    [
      { header: t("tokens.name"), kind: "text", value: (tk) => tk.name },
      { header: t("tokens.prefix"), kind: "text", value: (tk) => tk.prefix },
      { header: t("tokens.role"), kind: "text", value: (tk) => tc(`roles.${tk.role}`) },
      { header: t("tokens.createdAt"), kind: "datetime", value: (tk) => tk.createdAt },
      { header: t("tokens.lastUsed"), kind: "datetime", value: (tk) => tk.lastUsedAt },
      { header: t("tokens.expiresAt"), kind: "datetime", value: (tk) => tk.expiresAt },
      { header: ex("tokens.status"), kind: "text", value: status },
    ],
    rows,
  );
}

/** Projects owing their latest LKPM report as of `today`: the page's columns, reports filed and due as numbers. */
export function missingReportListSheet(
  rows: readonly RealisationProjectStatus[],
  locale: Locale,
  filter: ListSheetFilter,
  today: string,
): XlsxTable {
  const t = createTranslator(locale, "realisation");
  const ex = createTranslator(locale, "listExports");
  const asOf = ex("missing.asOf", { date: formatDate(today, locale) });
  return sheet<RealisationProjectStatus>(
    locale,
    "missing",
    filter,
    t("notFiled.none"),
    [
      { header: t("lowest.registrationNo"), kind: "text", value: (p) => p.registrationNo },
      { header: t("lowest.applicant"), kind: "text", value: (p) => p.applicantName },
      { header: t("lowest.scale"), kind: "text", value: (p) => t(`scales.${p.scale}`) },
      { header: t("lowest.issued"), kind: "date", value: (p) => p.issuedDay },
      {
        header: t("notFiled.lastDue"),
        kind: "text",
        value: (p) => (p.lastDue ? `${t(`periods.${p.lastDue.slice(5)}`)} ${p.lastDue.slice(0, 4)}` : null),
      },
      { header: ex("missing.filed"), kind: "integer", value: (p) => p.filed },
      { header: ex("missing.due"), kind: "integer", value: (p) => p.due },
      { header: ex("missing.planned"), kind: "rupiah", value: (p) => p.plannedInvestment },
    ],
    rows,
    asOf,
  );
}
