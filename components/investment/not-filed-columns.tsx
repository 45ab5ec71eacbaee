import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { RealisationProjectStatus } from "@/lib/investment/realisation-queries";
import type { DataColumn } from "@/components/ui/data-table";

/**
 * The columns of a list of projects owing their latest LKPM report (the dashboard's first ten and the full paged
 * list), in the `realisation` namespace; `sortKey`s match MISSING_REPORT_TABLE.
 */
export function notFiledColumns(t: Translator, locale: Locale): DataColumn<RealisationProjectStatus>[] {
  return [
    { header: t("lowest.registrationNo"), sortKey: "registrationNo", cell: (p) => p.registrationNo },
    { header: t("lowest.applicant"), sortKey: "applicant", cell: (p) => p.applicantName ?? "—" },
    { header: t("lowest.scale"), sortKey: "scale", cell: (p) => t(`scales.${p.scale}`) },
    { header: t("lowest.issued"), sortKey: "issued", cell: (p) => formatDate(p.issuedDay, locale) },
    {
      header: t("notFiled.lastDue"),
      cell: (p) => (p.lastDue ? `${t(`periods.${p.lastDue.slice(5)}`)} ${p.lastDue.slice(0, 4)}` : "—"),
    },
    { header: t("lowest.reports"), cell: (p) => `${p.filed} / ${p.due}`, className: "num" },
  ];
}
