import { SelectField } from "@/components/ui/field";
import { PeriodGroupFields } from "@/components/investment/period-group-fields";
import { BKPM_SECTORS } from "@/lib/investment/sectors";
import { BUSINESS_SCALES, INVESTMENT_ORIGINS } from "@/lib/investment/derive";
import { TREND_GROUP_BYS, TREND_INTERVALS, type TInvestmentFilter } from "@/lib/investment/schemas";
import type { Translator } from "@/lib/i18n/translate";

/** A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked and shared. */
export function FilterForm({
  filter,
  errors,
  kecamatan,
  t,
}: {
  filter: TInvestmentFilter;
  errors: Record<string, string>;
  kecamatan: { code: string; name: string }[];
  t: Translator;
}) {
  return (
    <form method="get" action="/staf/investasi" className="card" aria-labelledby="filter-legend">
      <h2 id="filter-legend" className="small">
        {t("filters.legend")}
      </h2>
      <div className="form-inline">
        <PeriodGroupFields
          values={filter}
          errors={errors}
          intervals={TREND_INTERVALS}
          groupBys={TREND_GROUP_BYS}
          groupKey="filters"
          t={t}
        />
        <SelectField name="sector" label={t("filters.sector")} defaultValue={filter.sector ?? ""} error={errors.sector}>
          <option value="">{t("filters.all")}</option>
          {BKPM_SECTORS.map((sector) => (
            <option key={sector.code} value={sector.code}>
              {sector.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="kecamatan"
          label={t("filters.kecamatan")}
          defaultValue={filter.kecamatan ?? ""}
          error={errors.kecamatan}
        >
          <option value="">{t("filters.all")}</option>
          {kecamatan.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="origin" label={t("filters.origin")} defaultValue={filter.origin ?? ""} error={errors.origin}>
          <option value="">{t("filters.all")}</option>
          {INVESTMENT_ORIGINS.map((origin) => (
            <option key={origin} value={origin}>
              {origin}
            </option>
          ))}
        </SelectField>
        <SelectField name="scale" label={t("filters.scale")} defaultValue={filter.scale ?? ""} error={errors.scale}>
          <option value="">{t("filters.all")}</option>
          {BUSINESS_SCALES.map((scale) => (
            <option key={scale} value={scale}>
              {t(`scales.${scale}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn">
          {t("filters.apply")}
        </button>
        <a className="btn btn-secondary" href="/staf/investasi">
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}

/** The filter as a query string (for the CSV links and the print view). */
/** The filter's set values as query parameters (the download links append them to their routes). */
export function filterParams(filter: TInvestmentFilter, extra: Record<string, string> = {}): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params[key] = String(value);
  return params;
}

export function filterQuery(filter: TInvestmentFilter, extra: Record<string, string> = {}): string {
  return new URLSearchParams(filterParams(filter, extra)).toString();
}
