import { SelectField, TextField } from "@/components/ui/field";
import type { Translator } from "@/lib/i18n/translate";
import type { Period, PeriodKind } from "@/lib/periods/periods";
import { recentPeriods } from "@/lib/skm/dashboard-params";
import { QUESTIONNAIRE_CODES } from "@/lib/skm/questionnaires";
import { SKM_CHANNELS } from "@/lib/skm/summary";

/** The SKM dashboard's filter form: period (calendar kind or a custom range dari/sampai), slice, questionnaire. */
export function SkmFilters(props: {
  kind: PeriodKind;
  period: Period;
  today: string;
  en: boolean;
  t: Translator;
  tp: Translator;
  rangeError: string | null;
  licenseTypes: Array<{ code: string; name: string; nameEn: string }>;
  counters: Array<{ code: string; name: string }>;
  values: { licenseType?: string; counter?: string; channel?: string; questionnaire: string };
  exportQuery: string;
  canExportResponses: boolean;
}) {
  const { kind, period, t, tp, en, values } = props;
  return (
    <form className="card stack" method="get" aria-labelledby="skm-filters">
      <h2 id="skm-filters">{t("filters")}</h2>
      {props.rangeError ? (
        <p className="alert alert-warn" role="alert" data-testid="range-error">
          {tp("rangeError", { message: props.rangeError })}
        </p>
      ) : null}
      <div className="grid">
        <SelectField name="kind" label={t("periodKind")} defaultValue={kind}>
          {(["month", "quarter", "semester", "year", "custom"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        {kind !== "custom" ? (
          <SelectField name="period" label={t("period")} defaultValue={period.key}>
            {recentPeriods(kind, props.today, kind === "year" ? 15 : kind === "month" ? 36 : 12).map((p) => (
              <option key={p.key} value={p.key}>
                {en ? p.labelEn : p.labelId}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <TextField name="dari" type="date" label={tp("from")} defaultValue={period.from} />
            <TextField name="sampai" type="date" label={tp("to")} defaultValue={period.to} />
          </>
        )}
        <SelectField name="licenseType" label={t("licenseType")} defaultValue={values.licenseType ?? ""}>
          <option value="">{t("all")}</option>
          {props.licenseTypes.map((lt) => (
            <option key={lt.code} value={lt.code}>
              {en ? lt.nameEn : lt.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="counter" label={t("counter")} defaultValue={values.counter ?? ""}>
          <option value="">{t("all")}</option>
          {props.counters.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="channel" label={t("channel")} defaultValue={values.channel ?? ""}>
          <option value="">{t("all")}</option>
          {SKM_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="questionnaire" label={t("questionnaire")} defaultValue={values.questionnaire}>
          {QUESTIONNAIRE_CODES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="row">
        <button className="btn" type="submit">
          {t("apply")}
        </button>
        {props.canExportResponses ? (
          <a className="btn btn-secondary" href={`/api/v1/skm/export/responses?${props.exportQuery}`}>
            {t("exportResponses")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
