import { textsFor } from "@/lib/i18n/translate";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { formatDate } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { loadStaffList } from "@/lib/table/staff-list";
import { HOLIDAY_LIST } from "@/lib/table/staff-lists";
import { PagedTable } from "@/components/ui/paged-table";
import { getCutiBersamaStopsClock, getHolidayCoverage } from "@/lib/calendar/calendar-store";
import { toWibDate } from "@/lib/calendar/working-days";
import { ActionForm } from "@/components/complaints/action-form";
import { TextField } from "@/components/ui/field";
import { HolidayForm, HolidayImportForm } from "@/components/applications/holiday-forms";
import { TemplateLink } from "@/components/imports/template-link";
import { DataTable } from "@/components/ui/data-table";
import {
  confirmHolidayYearAction,
  deleteHolidayAction,
  importHolidayYearAction,
  saveHolidayAction,
  setCutiBersamaAction,
} from "./actions";

const KEYS = [
  "date",
  "kind",
  "name",
  "libur_nasional",
  "cuti_bersama",
  "add",
  "importTitle",
  "year",
  "importButton",
  "imported",
];

export default async function HolidaysPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageCapability(HOLIDAY_LIST.capability, HOLIDAY_LIST.path);
  const { t, locale } = await getTranslator("applications");
  const { t: tc } = await getTranslator("common");
  const now = new Date();
  const today = toWibDate(now);
  const [list, cutiStops, coverage] = await Promise.all([
    loadStaffList(HOLIDAY_LIST, await searchParams, now),
    getCutiBersamaStopsClock(),
    getHolidayCoverage(today),
  ]);
  const labels = textsFor(t, "holidays", KEYS);
  return (
    <div className="stack">
      <h1>{t("holidays.title")}</h1>
      <p className="muted">{t("holidays.intro")}</p>
      <form action={setCutiBersamaAction} className="card row">
        <span>
          {t("holidays.setting")}: <strong data-testid="cuti-setting">{cutiStops ? tc("yes") : tc("no")}</strong>
        </span>
        <input type="hidden" name="value" value={cutiStops ? "false" : "true"} />
        <button className="btn btn-secondary btn-small" type="submit">
          {cutiStops ? tc("no") : tc("yes")}
        </button>
      </form>
      <section className="card stack" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t("holidays.coverageTitle")}</h2>
        <p className="muted">{t("holidays.coverageIntro")}</p>
        <DataTable
          rows={coverage.years}
          rowKey={(y) => y.year}
          rowHeader
          columns={[
            { header: t("holidays.coverageYear"), cell: (y) => y.year },
            {
              header: t("holidays.coverageStatus"),
              cell: (y) => (
                <span
                  className={y.status === "official" ? "badge badge-ok" : "badge badge-warn"}
                  data-testid={`year-status-${y.year}`}
                >
                  {t(`holidays.status_${y.status}`)}
                </span>
              ),
            },
            { header: t("holidays.coverageCount"), cell: (y) => y.holidays, className: "num" },
            { header: t("holidays.coverageSource"), cell: (y) => y.source || "—" },
            {
              header: t("holidays.coverageConfirmed"),
              cell: (y) => (y.confirmedAt ? `${y.confirmedBy ?? ""} · ${formatDate(y.confirmedAt, locale)}` : "—"),
            },
          ]}
        />
        <p className="alert alert-warn" data-testid="next-uncovered-year">
          {t("holidays.nextUncovered", { year: coverage.nextUncoveredYear })}
        </p>
        {coverage.years
          .filter((y) => y.status === "provisional")
          .map((y) => (
            <ActionForm
              key={y.year}
              action={confirmHolidayYearAction}
              submitLabel={t("holidays.confirmButton")}
              savedLabel={t("holidays.confirmed")}
              variant="secondary"
            >
              <h3>{t("holidays.confirmTitle", { year: y.year })}</h3>
              <input type="hidden" name="year" value={y.year} />
              <TextField
                label={t("holidays.confirmSource")}
                name="source"
                id={`f-confirm-${y.year}`}
                required
                minLength={5}
                maxLength={300}
              />
            </ActionForm>
          ))}
      </section>
      <HolidayForm action={saveHolidayAction} labels={labels} />
      <TemplateLink kind="holidays" label={tc("downloadTemplate")} />
      <HolidayImportForm action={importHolidayYearAction} labels={labels} defaultYear={coverage.nextUncoveredYear} />
      <h2>{t("holidays.listTitle")}</h2>
      <PagedTable
        {...list.table}
        label={t("holidays.listTitle")}
        testId="holidays"
        searchLabel={t("holidays.search")}
        searchPlaceholder="2027"
        rowKey={(h) => h.date}
        empty={t("holidays.none")}
        columns={[
          { header: t("holidays.date"), sortKey: "date", cell: (h) => formatDate(h.date, locale) },
          { header: t("holidays.kind"), sortKey: "kind", cell: (h) => t(`holidays.${h.kind}`) },
          { header: t("holidays.name"), sortKey: "name", cell: (h) => h.name },
          {
            header: <span className="sr-only">{tc("actions")}</span>,
            cell: (h) => (
              <form action={deleteHolidayAction}>
                <input type="hidden" name="date" value={h.date} />
                <ConfirmSubmit
                  label={t("holidays.delete")}
                  ariaLabel={`${t("holidays.delete")} ${formatDate(h.date, locale)}`}
                  question={t("holidays.deleteConfirm")}
                  confirmLabel={t("holidays.deleteYes")}
                />
              </form>
            ),
          },
        ]}
      />
    </div>
  );
}
