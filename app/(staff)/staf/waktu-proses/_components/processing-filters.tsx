import { SelectField, TextField } from "@/components/ui/field";
import type { Translator } from "@/lib/i18n/translate";

/** The processing dashboard's filter: a date range (dari/sampai), licence type and kecamatan. */
export function ProcessingFilters(props: {
  t: Translator;
  from: string;
  to: string;
  rangeError: string | null;
  rangeErrorText: (message: string) => string;
  licenseTypes: Array<{ code: string; name: string }>;
  licenseType: string;
  areas: Array<{ code: string; name: string }>;
  kecamatan: string;
}) {
  const { t } = props;
  return (
    <form method="get" className="card row" aria-label={t("dashboard.apply")}>
      {props.rangeError ? (
        <p className="alert alert-warn" role="alert" data-testid="range-error">
          {props.rangeErrorText(props.rangeError)}
        </p>
      ) : null}
      <TextField id="from" name="dari" type="date" label={t("dashboard.from")} defaultValue={props.from} />
      <TextField id="to" name="sampai" type="date" label={t("dashboard.to")} defaultValue={props.to} />
      <SelectField name="licenseType" label={t("dashboard.licenseType")} defaultValue={props.licenseType}>
        <option value="">{t("dashboard.all")}</option>
        {props.licenseTypes.map((lt) => (
          <option key={lt.code} value={lt.code}>
            {lt.name}
          </option>
        ))}
      </SelectField>
      <SelectField name="kecamatan" label={t("dashboard.kecamatan")} defaultValue={props.kecamatan}>
        <option value="">{t("dashboard.all")}</option>
        {props.areas.map((k) => (
          <option key={k.code} value={k.code}>
            {k.name}
          </option>
        ))}
      </SelectField>
      <button className="btn" type="submit">
        {t("dashboard.apply")}
      </button>
    </form>
  );
}
