import type { ReactNode } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import type { Translator } from "@/lib/i18n/translate";
import { TREND_GROUP_BYS, TREND_INTERVALS } from "@/lib/investment/schemas";
import { REALISATION_GROUP_BYS, REALISATION_INTERVALS } from "@/lib/investment/realisation-params";

/**
 * The first fields of both investment filters (the dashboard's and the LKPM realisation's GET forms): the date range,
 * the interval and the grouping. Labels come from the page's namespace (`filters.*`, `intervals.*`); each grouping is
 * named by `${groupKey}.${value}`.
 */
export function PeriodGroupFields<I extends string, G extends string>({
  values,
  errors,
  intervals,
  groupBys,
  groupKey,
  t,
}: {
  values: { from: string; to: string; interval: I; groupBy?: G | null };
  errors: Record<string, string>;
  intervals: readonly I[];
  groupBys: readonly G[];
  groupKey: "filters" | "groups";
  t: Translator;
}) {
  return (
    <>
      <TextField
        type="date"
        name="from"
        label={t("filters.from")}
        defaultValue={values.from}
        error={errors.from}
        required
      />
      <TextField type="date" name="to" label={t("filters.to")} defaultValue={values.to} error={errors.to} required />
      <SelectField name="interval" label={t("filters.interval")} defaultValue={values.interval} error={errors.interval}>
        {intervals.map((interval) => (
          <option key={interval} value={interval}>
            {t(`intervals.${interval}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="groupBy"
        label={t("filters.groupBy")}
        defaultValue={values.groupBy ?? ""}
        error={errors.groupBy}
      >
        <option value="">{t("filters.none")}</option>
        {groupBys.map((groupBy) => (
          <option key={groupBy} value={groupBy}>
            {t(`${groupKey}.${groupBy}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** The two investment filters: where each submits, its heading's id, and its intervals and groupings. */
const FILTERS = {
  trend: {
    action: "/staf/investasi",
    headingId: "filter-legend",
    intervals: TREND_INTERVALS,
    groupBys: TREND_GROUP_BYS,
    groupKey: "filters",
  },
  realisation: {
    action: "/staf/investasi/realisasi",
    headingId: "lkpm-filter",
    intervals: REALISATION_INTERVALS,
    groupBys: REALISATION_GROUP_BYS,
    groupKey: "groups",
  },
} as const;

/**
 * An investment filter (`kind`) as a plain GET form (the filter lives in the URL, so a filtered view can be
 * bookmarked and shared): a card named by its heading, the period and grouping fields, then `children` (more
 * fields), the apply button and `after` (e.g. a reset link).
 */
export function PeriodFilterForm({
  kind,
  values,
  errors,
  t,
  children,
  after,
}: {
  kind: keyof typeof FILTERS;
  values: { from: string; to: string; interval: string; groupBy?: string | null };
  errors: Record<string, string>;
  t: Translator;
  children?: ReactNode;
  after?: ReactNode;
}) {
  const { action, headingId, ...choices } = FILTERS[kind];
  return (
    <form method="get" action={action} className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="small">
        {t("filters.legend")}
      </h2>
      <div className="form-inline">
        <PeriodGroupFields<string, string> values={values} errors={errors} t={t} {...choices} />
        {children}
        <button type="submit" className="btn">
          {t("filters.apply")}
        </button>
        {after}
      </div>
    </form>
  );
}
