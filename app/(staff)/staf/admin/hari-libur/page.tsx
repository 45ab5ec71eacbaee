import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listHolidays } from "@/lib/reference/queries";
import { getCutiBersamaStopsClock } from "@/lib/calendar/calendar-store";
import { formatDateId } from "@/lib/format/date";
import { HolidayForm, HolidayImportForm } from "@/components/applications/holiday-forms";
import { DataTable } from "@/components/ui/data-table";
import { deleteHolidayAction, importHolidayYearAction, saveHolidayAction, setCutiBersamaAction } from "./actions";

const KEYS = ["date", "kind", "name", "libur_nasional", "cuti_bersama", "add", "importTitle", "year", "importButton", "imported"];

export default async function HolidaysPage() {
  await requirePageCapability("manageReferenceData", "/staf/admin/hari-libur");
  const { t, locale } = await getTranslator("applications");
  const { t: tc } = await getTranslator("common");
  const [holidays, cutiStops] = await Promise.all([listHolidays(), getCutiBersamaStopsClock()]);
  const labels = Object.fromEntries(KEYS.map((k) => [k, t(`holidays.${k}`)]));
  const years = [...new Set(holidays.map((h) => h.date.slice(0, 4)))].sort().reverse();
  return (
    <div className="stack">
      <h1>{t("holidays.title")}</h1>
      <p className="muted">{t("holidays.intro")}</p>
      <form action={setCutiBersamaAction} className="card row">
        <span>{t("holidays.setting")}: <strong data-testid="cuti-setting">{cutiStops ? tc("yes") : tc("no")}</strong></span>
        <input type="hidden" name="value" value={cutiStops ? "false" : "true"} />
        <button className="btn btn-secondary btn-small" type="submit">{cutiStops ? tc("no") : tc("yes")}</button>
      </form>
      <HolidayForm action={saveHolidayAction} labels={labels} />
      <HolidayImportForm action={importHolidayYearAction} labels={labels} defaultYear={new Date().getFullYear() + 1} />
      {years.map((year) => (
        <section key={year} aria-labelledby={`y-${year}`}>
          <h2 id={`y-${year}`}>{t("holidays.yearTitle", { year })}</h2>
          <DataTable
            rows={holidays.filter((h) => h.date.startsWith(year))}
            rowKey={(h) => h.date}
            columns={[
              { header: t("holidays.date"), cell: (h) => formatDateId(h.date, locale) },
              { header: t("holidays.kind"), cell: (h) => t(`holidays.${h.kind}`) },
              { header: t("holidays.name"), cell: (h) => h.name },
              {
                header: <span className="sr-only">{tc("actions")}</span>,
                cell: (h) => (
                  <form action={deleteHolidayAction}>
                    <input type="hidden" name="date" value={h.date} />
                    <button className="btn btn-danger btn-small" type="submit" aria-label={`${t("holidays.delete")} ${h.date}`}>{t("holidays.delete")}</button>
                  </form>
                ),
              },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
