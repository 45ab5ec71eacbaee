import { SelectField, TextField } from "@/components/ui/field";
import type { Translator } from "@/lib/i18n/translate";

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
