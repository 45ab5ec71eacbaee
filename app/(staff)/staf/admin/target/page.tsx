import { formatDateTime, formatDecimal } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getKpiTargets, listKpiTargetHistory } from "@/lib/kpi/target-store";
import { KPI_CODES } from "@/lib/kpi/kpi-definitions";
import { FieldsForm } from "@/components/ui/fields-form";
import { setKpiTargetAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

export default async function KpiTargetsPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  await requirePageCapability("manageSettings", "/staf/admin/target");
  const { t, locale } = await getTranslator("admin");
  const { t: tc } = await getTranslator("common");
  const thisYear = new Date().getUTCFullYear();
  const requested = Number((await searchParams).tahun);
  const year = Number.isInteger(requested) && requested > 2000 && requested < 2100 ? requested : thisYear;
  const [targets, history] = await Promise.all([getKpiTargets(year), listKpiTargetHistory(year)]);
  return (
    <div className="stack">
      <h1>
        {t("targets.title")} {year}
      </h1>
      <p className="muted">{t("targets.intro")}</p>
      <ScrollTable>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("targets.kpi")}</th>
              <ColumnHeader num>{t("targets.current")}</ColumnHeader>
            </tr>
          </thead>
          <tbody>
            {KPI_CODES.map((code) => (
              <tr key={code}>
                <td>{tc(`kpi.${code}`)}</td>
                <td className="num" data-testid={`target-${code}`}>
                  {formatDecimal(targets[code].value, locale, 2, { trim: true })}{" "}
                  {targets[code].isDefault ? t("targets.default") : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <h2>{t("targets.set")}</h2>
      <FieldsForm
        action={setKpiTargetAction}
        inline
        submitLabel={t("targets.set")}
        savedLabel={tc("save")}
        fields={[
          { name: "year", label: t("targets.year"), type: "number", initial: String(year) },
          {
            name: "kpi",
            label: t("targets.kpi"),
            type: "select",
            initial: "ikm",
            options: KPI_CODES.map((c) => ({ value: c, label: tc(`kpi.${c}`) })),
          },
          { name: "value", label: t("targets.value"), type: "number", step: "any" },
        ]}
      />
      {history.length > 0 && (
        <>
          <h2>{t("targets.history")}</h2>
          <ScrollTable>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("targets.setAt")}</th>
                  <th scope="col">{t("targets.kpi")}</th>
                  <ColumnHeader num>{t("targets.value")}</ColumnHeader>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td>{formatDateTime(h.createdAt, locale)}</td>
                    <td>{tc(`kpi.${h.kpi}`)}</td>
                    <td className="num">{formatDecimal(h.value, locale, 2, { trim: true })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
