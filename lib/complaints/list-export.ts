/**
 * The staff complaints list (/staf/pengaduan) as an Excel sheet (issue 16): every column the page shows, the full
 * text instead of its first 90 characters, the day of receipt and the deadline as real dates, and the extension and
 * overdue flags in words. Pure.
 */
import type { Translator } from "../i18n/translate";
import { toWibDate } from "../calendar/working-days";
import { xlsxTable, type XlsxTable } from "../export/xlsx";
import type { ComplaintListTab } from "./complaint-rules";

export type ComplaintExportRow = {
  ticketNo: string;
  receivedAt: Date;
  channel: string;
  category: string;
  sender: string;
  text: string;
  status: string;
  deadlineOn: string;
  isExtended: boolean;
  isOverdue: boolean;
  assigneeName: string;
};

const TAB_LABEL: Record<ComplaintListTab, string> = {
  open: "staff.filterOpen",
  overdue: "staff.filterOverdue",
  all: "staff.filterAll",
};

/** `t` is the complaints namespace; `tab` and `q` are the list's tab and search, named in the subtitle. */
export function complaintListTable(
  rows: readonly ComplaintExportRow[],
  view: { t: Translator; tab: ComplaintListTab; q: string },
): XlsxTable {
  const { t, tab, q } = view;
  const yes = (flag: boolean) => (flag ? t("listExport.yes") : "");
  const shown = t(TAB_LABEL[tab]);
  return xlsxTable<ComplaintExportRow>({
    sheet: t("listExport.sheet"),
    title: t("listExport.title"),
    subtitle: q ? t("listExport.searched", { tab: shown, q }) : t("listExport.tab", { tab: shown }),
    columns: [
      { header: t("staff.ticket"), kind: "text", value: (r) => r.ticketNo },
      { header: t("listExport.receivedOn"), kind: "date", value: (r) => toWibDate(r.receivedAt) },
      { header: t("staff.channel"), kind: "text", value: (r) => t(`channels.${r.channel}`) },
      { header: t("staff.category"), kind: "text", value: (r) => t(`categories.${r.category}`) },
      { header: t("staff.sender"), kind: "text", value: (r) => r.sender },
      { header: t("staff.text"), kind: "text", value: (r) => r.text },
      { header: t("staff.status"), kind: "text", value: (r) => t(`statuses.${r.status}`) },
      { header: t("staff.deadline"), kind: "date", value: (r) => r.deadlineOn },
      { header: t("staff.extended"), kind: "text", value: (r) => yes(r.isExtended) },
      { header: t("staff.overdue"), kind: "text", value: (r) => yes(r.isOverdue) },
      { header: t("staff.assignee"), kind: "text", value: (r) => r.assigneeName },
    ],
    rows,
    empty: t("staff.none"),
  });
}
