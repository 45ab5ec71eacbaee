/**
 * The application list (/staf/permohonan) as an Excel sheet (issue 16): registration number, applicant, licence
 * type, status and stage in words, and the submission day and due date as real dates. Pure.
 */
import type { Locale } from "../i18n/locales";
import type { Translator } from "../i18n/translate";
import { toWibDate } from "../calendar/working-days";
import { xlsxTable, type XlsxTable } from "../export/xlsx";

import type { ApplicationListRow } from "./list-queries";

export type { ApplicationListRow };

export function applicationListTable(
  rows: readonly ApplicationListRow[],
  licenseTypes: ReadonlyMap<number, { code: string; name: string; nameEn: string }>,
  words: { t: Translator; ex: Translator; q: string },
  locale: Locale,
): XlsxTable {
  const { t, ex, q } = words;
  const type = (row: ApplicationListRow) => licenseTypes.get(row.licenseTypeId);
  return xlsxTable<ApplicationListRow>({
    sheet: ex("applications.sheet"),
    title: ex("applications.title"),
    subtitle: q ? ex("applications.filter", { q }) : ex("applications.open"),
    columns: [
      { header: t("list.registrationNo"), kind: "text", value: (r) => r.registrationNo },
      { header: t("list.applicant"), kind: "text", value: (r) => r.applicantName },
      { header: t("list.licenseType"), kind: "text", value: (r) => type(r)?.code },
      {
        header: ex("applications.licenseTypeName"),
        kind: "text",
        value: (r) => (locale === "en" ? type(r)?.nameEn : type(r)?.name),
      },
      { header: t("list.status"), kind: "text", value: (r) => t(`statuses.${r.status}`) },
      { header: t("list.stage"), kind: "text", value: (r) => t(`stages.${r.currentStage}`) },
      { header: ex("applications.submitted"), kind: "date", value: (r) => toWibDate(r.submittedAt) },
      { header: t("list.dueDate"), kind: "date", value: (r) => r.dueDate },
    ],
    rows,
    empty: t("list.none"),
  });
}
