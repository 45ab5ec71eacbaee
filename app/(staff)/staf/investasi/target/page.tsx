import { formatCount, formatDateTime, formatRupiah } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { INVESTMENT_TARGET_KPIS } from "@/lib/investment/schemas";
import { listInvestmentTargetHistory } from "@/lib/investment/target-store";
import { Alert } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { setInvestmentTargetAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";

const KPI_LABEL_KEYS = {
  investment_value: "target.kpiInvestmentValue",
  investment_jobs: "target.kpiInvestmentJobs",
} as const;

export default async function InvestmentTargetPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageCapability("manageSettings", "/staf/investasi/target");
  const { t, locale } = await getTranslator("investment");
  const params = await searchParams;
  const history = await listInvestmentTargetHistory();
  const error = params.error && params.field ? { [params.field]: params.error } : {};
  return (
    <div className="stack">
      <h1>{t("target.formTitle")}</h1>
      <p className="muted">{t("target.formIntro")}</p>
      {params.saved && <Alert tone="ok">{t("target.saved")}</Alert>}
      <form action={setInvestmentTargetAction} className="card form-inline">
        <TextField
          name="year"
          label={t("target.year")}
          type="number"
          defaultValue={toWibDate(new Date()).slice(0, 4)}
          error={error.year}
          required
        />
        <SelectField name="kpi" label={t("target.kpi")} error={error.kpi}>
          {INVESTMENT_TARGET_KPIS.map((kpi) => (
            <option key={kpi} value={kpi}>
              {t(KPI_LABEL_KEYS[kpi])}
            </option>
          ))}
        </SelectField>
        <TextField
          name="value"
          label={t("target.value")}
          hint={t("target.valueHint")}
          inputMode="numeric"
          error={error.value}
          required
        />
        <button type="submit" className="btn">
          {t("target.save")}
        </button>
      </form>
      <h2>{t("target.history")}</h2>
      <ScrollTable>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("target.year")}</th>
              <th scope="col">{t("target.kpi")}</th>
              <th scope="col">{t("target.value")}</th>
              <th scope="col">{t("target.setAt")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((row) => (
              <tr key={row.id}>
                <td>{row.year}</td>
                <td>
                  {row.kpi in KPI_LABEL_KEYS ? t(KPI_LABEL_KEYS[row.kpi as keyof typeof KPI_LABEL_KEYS]) : row.kpi}
                </td>
                <td>
                  {row.kpi === "investment_value"
                    ? formatRupiah(BigInt(Math.round(row.value)), locale)
                    : formatCount(row.value, locale)}
                </td>
                <td>{formatDateTime(row.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
