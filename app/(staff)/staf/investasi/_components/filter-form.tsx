import { SelectField, type SelectOption } from "@/components/ui/field";
import { PeriodFilterForm } from "@/components/investment/period-group-fields";
import { BKPM_SECTORS } from "@/lib/investment/sectors";
import { BUSINESS_SCALES, INVESTMENT_ORIGINS } from "@/lib/investment/derive";
import type { TInvestmentFilter } from "@/lib/investment/schemas";
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
  /** A filter that narrows to one value of `name`, or "all" when empty. */
  const choice = (name: "sector" | "kecamatan" | "origin" | "scale", options: SelectOption[]) => (
    <SelectField
      name={name}
      label={t(`filters.${name}`)}
      defaultValue={filter[name] ?? ""}
      error={errors[name]}
      options={options}
    >
      <option value="">{t("filters.all")}</option>
    </SelectField>
  );
  return (
    <PeriodFilterForm
      kind="trend"
      values={filter}
      errors={errors}
      t={t}
      after={
        <a className="btn btn-secondary" href="/staf/investasi">
          {t("filters.reset")}
        </a>
      }
    >
      {choice(
        "sector",
        BKPM_SECTORS.map((sector) => ({ value: sector.code, label: sector.name })),
      )}
      {choice(
        "kecamatan",
        kecamatan.map((k) => ({ value: k.code, label: k.name })),
      )}
      {choice(
        "origin",
        INVESTMENT_ORIGINS.map((origin) => ({ value: origin, label: origin })),
      )}
      {choice(
        "scale",
        BUSINESS_SCALES.map((scale) => ({ value: scale, label: t(`scales.${scale}`) })),
      )}
    </PeriodFilterForm>
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
