import "server-only";
import { auditListQuery, type AuditRow } from "../audit/queries";
import { AUDIT_TABLE, parseAuditFilter, type TAuditFilter } from "../audit/schemas";
import { auditActionKey, isKnownAuditAction } from "../audit/actions";
import { toWibDate } from "../calendar/working-days";
import { OUTBOX_TABLE, outboxListQuery } from "../complaints/outbox-queries";
import { COMPLAINT_LIST_TABS, complaintListTabFilter, type ComplaintListTab } from "../complaints/complaint-rules";
import { complaintListTable } from "../complaints/list-export";
import { COMPLAINT_TABLE, complaintListQuery, type ComplaintListSort } from "../complaints/list-queries";
import type { ComplaintListRow } from "../complaints/queries";
import {
  auditListSheet,
  missingReportListSheet,
  outboxListSheet,
  tokenListSheet,
  userListSheet,
} from "../export/list-sheets";
import { formatDate } from "../format/format";
import { createTranslator } from "../i18n/translate";
import { MISSING_REPORT_TABLE, missingReportListQuery } from "../investment/missing-report-queries";
import { TOKEN_TABLE, USER_TABLE, tokenListQuery, userListQuery } from "../users/list-queries";
import { holidayListQuery } from "../calendar/queries";
import { HOLIDAY_TABLE } from "../calendar/schemas";
import { LICENSE_TYPE_TABLE, licenseTypeListQuery } from "../reference/queries";
import { attendanceImportListQuery } from "../attendance/queries";
import { ATTENDANCE_IMPORT_TABLE } from "../attendance/schemas";
import { staffList, withDownload, xlsxDownload, type DownloadableList } from "./staff-list";

/**
 * The staff lists with an Excel download (issue 16), each described once for its page and its route. The page
 * capability is the route's capability (the operations in lib/api/operations/list-exports.ts name the same).
 */
export const AUDIT_LIST: DownloadableList<"at" | "actor" | "action", AuditRow, TAuditFilter> = {
  path: "/staf/admin/audit",
  capability: "viewAuditLog",
  table: AUDIT_TABLE,
  filter: {
    parse: parseAuditFilter,
    params: (filter: TAuditFilter) => ({ ...filter }),
    words: (filter: TAuditFilter, locale) => {
      const t = createTranslator(locale, "audit");
      const day = (iso: string) => formatDate(iso, locale);
      const action = isKnownAuditAction(filter.action) ? t(auditActionKey(filter.action)) : filter.action;
      return [
        ...(filter.action ? [`${t("action")}: ${action}`] : []),
        ...(filter.actor ? [`${t("actor")}: ${filter.actor}`] : []),
        ...(filter.from ? [`${t("from")}: ${day(filter.from)}`] : []),
        ...(filter.to ? [`${t("to")}: ${day(filter.to)}`] : []),
      ];
    },
  },
  query: (state, filter) => auditListQuery(filter, state),
  download: xlsxDownload("audit", "/api/v1/audit/export.xlsx", "export.auditLog", "log-audit", auditListSheet),
};

export const OUTBOX_LIST = withDownload(
  staffList("/staf/pengaduan/kotak-keluar", "viewMessageOutbox", OUTBOX_TABLE, (state) => outboxListQuery(state)),
  xlsxDownload("outbox", "/api/v1/outbox/export.xlsx", "export.outbox", "kotak-keluar-sms", outboxListSheet),
);

export const USER_LIST = withDownload(
  staffList("/staf/admin/pengguna", "manageUsers", USER_TABLE, (state) => userListQuery(state)),
  xlsxDownload("users", "/api/v1/users/export.xlsx", "export.users", "pengguna", userListSheet),
);

export const TOKEN_LIST = withDownload(
  staffList("/staf/admin/token", "manageUsers", TOKEN_TABLE, (state) => tokenListQuery(state)),
  xlsxDownload("tokens", "/api/v1/tokens/export.xlsx", "export.tokens", "token-api", tokenListSheet),
);

/**
 * The complaints, by tab (open by default; an unknown tab on the page is the default, in the download's query a
 * 422), phones masked unless the reader is ADMIN. The sheet names the tab itself ("Tampilan: Semua").
 */
export const COMPLAINT_LIST: DownloadableList<ComplaintListSort, ComplaintListRow, ComplaintListTab> = {
  path: "/staf/pengaduan",
  capability: "handleComplaints",
  table: COMPLAINT_TABLE,
  filter: {
    parse: (raw) => ({
      filter: COMPLAINT_LIST_TABS.find((tab) => tab === raw.filter) ?? "open",
      error: null,
    }),
    params: (tab) => ({ filter: tab }),
    words: () => [],
  },
  query: (state, tab, now, viewerRole) =>
    complaintListQuery(complaintListTabFilter(tab, toWibDate(now)), state, viewerRole),
  download: xlsxDownload(
    "complaints",
    "/api/v1/complaints/export.xlsx",
    "export.complaints",
    "pengaduan",
    (rows, locale, filter, _now, tab) =>
      complaintListTable(rows, { t: createTranslator(locale, "complaints"), tab, q: filter.q }),
  ),
};

/** Owed as of today (WIB): the page and its download read the same day from the same clock reading. */
export const MISSING_REPORT_LIST = withDownload(
  staffList("/staf/investasi/realisasi/belum-lapor", "viewAnalytics", MISSING_REPORT_TABLE, (state, now) =>
    missingReportListQuery(toWibDate(now), state),
  ),
  xlsxDownload(
    "missing",
    "/api/v1/investment/realisation/missing.xlsx",
    "export.lkpmMissing",
    "belum-lapor-lkpm",
    (rows, locale, filter, now) => missingReportListSheet(rows, locale, filter, toWibDate(now)),
  ),
);

/** Short reference lists, paged the same way (no download). */
export const HOLIDAY_LIST = staffList("/staf/admin/hari-libur", "manageReferenceData", HOLIDAY_TABLE, (state) =>
  holidayListQuery(state),
);

export const LICENSE_TYPE_LIST = staffList("/staf/admin/layanan", "manageReferenceData", LICENSE_TYPE_TABLE, (state) =>
  licenseTypeListQuery(state),
);

export const ATTENDANCE_IMPORT_LIST = staffList(
  "/staf/admin/kehadiran",
  "manageAttendance",
  ATTENDANCE_IMPORT_TABLE,
  (state) => attendanceImportListQuery(state),
);
