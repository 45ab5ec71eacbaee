import "server-only";
import { auditListQuery, type AuditRow } from "../audit/queries";
import { AUDIT_TABLE, parseAuditFilter, type TAuditFilter } from "../audit/schemas";
import { auditActionKey, isKnownAuditAction } from "../audit/actions";
import { toWibDate } from "../calendar/working-days";
import { OUTBOX_TABLE, outboxListQuery, type OutboxRow, type OutboxSort } from "../complaints/outbox-queries";
import {
  auditListSheet,
  missingReportListSheet,
  outboxListSheet,
  tokenListSheet,
  userListSheet,
} from "../export/list-sheets";
import { formatDate } from "../format/format";
import { createTranslator } from "../i18n/translate";
import {
  MISSING_REPORT_TABLE,
  missingReportListQuery,
  type MissingReportSort,
} from "../investment/missing-report-queries";
import type { RealisationProjectStatus } from "../investment/realisation-query";
import {
  TOKEN_TABLE,
  USER_TABLE,
  tokenListQuery,
  userListQuery,
  type TokenListSort,
  type TokenRow,
  type UserListSort,
  type UserRow,
} from "../users/list-queries";
import { holidayListQuery, type HolidayRow } from "../calendar/queries";
import { HOLIDAY_TABLE, type HolidayListSort } from "../calendar/schemas";
import {
  LICENSE_TYPE_TABLE,
  licenseTypeListQuery,
  type LicenseTypeListRow,
  type LicenseTypeListSort,
} from "../reference/queries";
import { attendanceImportListQuery, type AttendanceImportRow } from "../attendance/queries";
import { ATTENDANCE_IMPORT_TABLE, type AttendanceImportSort } from "../attendance/schemas";
import type { DownloadableList, StaffList } from "./staff-list";

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
  download: {
    xlsx: "/api/v1/audit/export.xlsx",
    audit: "export.auditLog",
    what: "audit.what",
    fileName: "log-audit",
    sheet: (rows, locale, filter) => auditListSheet(rows, locale, filter),
  },
};

export const OUTBOX_LIST: DownloadableList<OutboxSort, OutboxRow> = {
  path: "/staf/pengaduan/kotak-keluar",
  capability: "viewMessageOutbox",
  table: OUTBOX_TABLE,
  query: (state) => outboxListQuery(state),
  download: {
    xlsx: "/api/v1/outbox/export.xlsx",
    audit: "export.outbox",
    what: "outbox.what",
    fileName: "kotak-keluar-sms",
    sheet: (rows, locale, filter) => outboxListSheet(rows, locale, filter),
  },
};

export const USER_LIST: DownloadableList<UserListSort, UserRow> = {
  path: "/staf/admin/pengguna",
  capability: "manageUsers",
  table: USER_TABLE,
  query: (state) => userListQuery(state),
  download: {
    xlsx: "/api/v1/users/export.xlsx",
    audit: "export.users",
    what: "users.what",
    fileName: "pengguna",
    sheet: userListSheet,
  },
};

export const TOKEN_LIST: DownloadableList<TokenListSort, TokenRow> = {
  path: "/staf/admin/token",
  capability: "manageUsers",
  table: TOKEN_TABLE,
  query: (state) => tokenListQuery(state),
  download: {
    xlsx: "/api/v1/tokens/export.xlsx",
    audit: "export.tokens",
    what: "tokens.what",
    fileName: "token-api",
    sheet: tokenListSheet,
  },
};

export const MISSING_REPORT_LIST: DownloadableList<MissingReportSort, RealisationProjectStatus> = {
  path: "/staf/investasi/realisasi/belum-lapor",
  capability: "viewAnalytics",
  table: MISSING_REPORT_TABLE,
  query: (state, _filter, now) => missingReportListQuery(toWibDate(now), state),
  download: {
    xlsx: "/api/v1/investment/realisation/missing.xlsx",
    audit: "export.lkpmMissing",
    what: "missing.what",
    fileName: "belum-lapor-lkpm",
    sheet: (rows, locale, filter, now) => missingReportListSheet(rows, locale, filter, toWibDate(now)),
  },
};

/** Short reference lists, paged the same way (no download). */
export const HOLIDAY_LIST: StaffList<HolidayListSort, HolidayRow> = {
  path: "/staf/admin/hari-libur",
  capability: "manageReferenceData",
  table: HOLIDAY_TABLE,
  query: (state) => holidayListQuery(state),
};

export const LICENSE_TYPE_LIST: StaffList<LicenseTypeListSort, LicenseTypeListRow> = {
  path: "/staf/admin/layanan",
  capability: "manageReferenceData",
  table: LICENSE_TYPE_TABLE,
  query: (state) => licenseTypeListQuery(state),
};

export const ATTENDANCE_IMPORT_LIST: StaffList<AttendanceImportSort, AttendanceImportRow> = {
  path: "/staf/admin/kehadiran",
  capability: "manageAttendance",
  table: ATTENDANCE_IMPORT_TABLE,
  query: (state) => attendanceImportListQuery(state),
};
