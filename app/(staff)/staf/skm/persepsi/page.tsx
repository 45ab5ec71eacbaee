import { formatDecimal } from "@/lib/format/format";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { toWibDate } from "@/lib/calendar/working-days";
import { getSetting } from "@/lib/settings/settings";
import { listLicenseTypes } from "@/lib/reference/queries";
import { completedSemesters, getPerceptionComparison } from "@/lib/skm/perception-queries";
import { PerceptionTable } from "@/components/skm/perception-table";
import { SelectField } from "@/components/ui/field";

/** Perception joined to performance (issue 20 §4): U3 against measured time, U4 against the fee, per semester. */
export default async function PerceptionPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePageCapability("viewSkmDashboard", "/staf/skm/persepsi");
  const { t, locale } = await getTranslator("perception");
  const semesters = completedSemesters(toWibDate(new Date()));
  const requested = (await searchParams).semester;
  const period = semesters.find((s) => s.key === requested) ?? semesters[0];
  const [minN, licenseTypes] = await Promise.all([getSetting("skm.perceptionMinN"), listLicenseTypes()]);
  const report = await getPerceptionComparison(period, minN);
  const names = new Map(licenseTypes.map((lt) => [lt.id, `${lt.code} — ${locale === "en" ? lt.nameEn : lt.name}`]));
  const typeName = (id: number) => names.get(id) ?? String(id);
  const format = (value: number) => formatDecimal(value, locale, 2);
  const sections = [
    { key: "speed", comparison: report.speed, a: t("speedA"), b: t("speedB") },
    { key: "cost", comparison: report.cost, a: t("costA"), b: t("costB") },
  ] as const;
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="muted">{t("guard", { minN })}</p>
      <form method="get" className="card row">
        <SelectField
          id="semester"
          name="semester"
          label={t("semester")}
          defaultValue={period.key}
          options={semesters.map((s) => ({ value: s.key, label: locale === "en" ? s.labelEn : s.labelId }))}
        />
        <button className="btn" type="submit">
          {t("show")}
        </button>
      </form>
      <p data-testid="perception-linked">{t("linked", { count: report.linkedResponses })}</p>
      {sections.map(({ key, comparison, a, b }) => (
        <section key={key} className="card" aria-labelledby={`h-${key}`}>
          <h2 id={`h-${key}`}>{t(`${key}Title`)}</h2>
          {comparison.total.shown && comparison.total.a && comparison.total.b && (
            <p data-testid={`perception-${key}-sentence`}>
              {t(`${key}Sentence`, { a: format(comparison.total.a.mean), b: format(comparison.total.b.mean) })}
            </p>
          )}
          <PerceptionTable
            comparison={comparison}
            typeName={typeName}
            labels={{ a, b }}
            t={t}
            format={format}
            testId={`perception-${key}`}
          />
        </section>
      ))}
    </div>
  );
}
