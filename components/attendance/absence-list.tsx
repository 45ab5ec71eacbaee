import { formatDate } from "@/lib/format/format";
import type { Absence } from "@/lib/attendance/staff-days";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { DataTable } from "@/components/ui/data-table";

/** Absences without record (t is the "attendance" namespace). */
export function AbsenceList({
  absences,
  t,
  locale,
  noUnit,
}: {
  absences: readonly Absence[];
  t: Translator;
  locale: Locale;
  noUnit: string;
}) {
  return (
    <DataTable
      rows={absences}
      rowKey={(a) => `${a.userId}-${a.date}`}
      testId="absences-without-record"
      empty={t("weekly.none")}
      columns={[
        { header: t("weekly.date"), cell: (a) => formatDate(a.date, locale) },
        { header: t("weekly.name"), cell: (a) => a.name },
        { header: t("weekly.unit"), cell: (a) => a.unit ?? noUnit },
      ]}
    />
  );
}
