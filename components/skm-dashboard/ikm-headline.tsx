import type { SkmSummary } from "@/lib/skm/summary";
import type { IkmPeriodComparison } from "@/lib/skm/ikm-comparison";
import type { Translator } from "@/lib/i18n/translate";

import { formatCount, formatDateRange, formatDecimal } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";

/** The headline: IKM, grade badge, CI with its one-sentence method, change from the previous period, sample adequacy. */
export function IkmHeadline(props: {
  summary: SkmSummary;
  comparison: IkmPeriodComparison;
  previous: { from: string; to: string };
  periodLabel: string;
  locale: Locale;
  t: Translator;
}) {
  const { summary: s, comparison: c, t, locale } = props;
  const fmt = (v: number, digits = 2) => formatDecimal(v, locale, digits);
  if (!s.hasData) {
    return (
      <section className="card" data-testid="skm-no-data">
        <p>{t("noData")}</p>
      </section>
    );
  }
  return (
    <div className="grid">
      <section className="card stack" aria-labelledby="ikm-headline" data-testid="skm-headline">
        <h2 id="ikm-headline">
          {t("ikm")} — {props.periodLabel}
        </h2>
        <div className="row">
          <span className="kpi-value" data-testid="skm-ikm">
            {fmt(s.ikm!)}
          </span>
          <span className={`grade grade-${s.grade}`} aria-label={`${t("grade")} ${s.grade}`}>
            {s.grade}
          </span>
          <span>{locale === "en" ? s.performance?.en : s.performance?.id}</span>
        </div>
        <p>
          {t("respondents")}: {formatCount(s.respondents, locale)} ·{" "}
          <span data-testid="skm-weight">
            {t("effectiveWeight", {
              value: fmt(s.weight.value, 4),
              count: s.weight.answeredElements,
              sum: fmt(s.weight.sum, 3),
              mode: t(`weightModes.${s.weight.mode}`),
            })}
          </span>
        </p>
        {!s.isComplete ? (
          <p className="badge badge-warn" role="status" data-testid="skm-incomplete">
            {t("incomplete", { codes: s.unansweredElements.join(", "), count: s.weight.answeredElements })}
          </p>
        ) : null}
        {s.ci95 ? <p>{t("ci", { low: fmt(s.ci95[0]), high: fmt(s.ci95[1]) })}</p> : null}
        <p className="muted">{t("ciMethod")}</p>
        {!c.isComparable && c.reason ? (
          <p data-testid="skm-not-comparable">
            {t("notComparable")} {locale === "en" ? c.reason.en : c.reason.id}
          </p>
        ) : c.difference !== null ? (
          <p data-testid="skm-change">
            {t("change", {
              range: formatDateRange(props.previous.from, props.previous.to, locale),
              diff: formatDecimal(c.difference, locale, 2, { signed: true }),
            })}{" "}
            — {c.isTestable ? (c.isSignificant ? t("significant") : t("notSignificant")) : t("notTestable")}
            {c.isTestable && c.t !== null && c.degreesOfFreedom !== null && c.criticalT !== null ? (
              <span className="muted">
                {" "}
                ({t("changeTest", { t: fmt(c.t, 2), df: fmt(c.degreesOfFreedom, 1), critical: fmt(c.criticalT, 3) })})
              </span>
            ) : null}
          </p>
        ) : null}
      </section>
      <section className="card stack" aria-labelledby="sample-title">
        <h2 id="sample-title">{t("sample")}</h2>
        {s.population !== null ? (
          <>
            <p>
              {t("population", { value: formatCount(s.population, locale) })} (
              {t(`populationSource.${s.populationSource}`)})
            </p>
            <p>{t("required", { value: formatCount(s.requiredSample ?? 0, locale) })}</p>
            <p>
              <span className={s.sampleAdequate ? "badge badge-ok" : "badge badge-warn"}>
                {s.sampleAdequate ? t("adequate") : t("inadequate")}
              </span>
            </p>
          </>
        ) : (
          <p>{t("populationUnknown")}</p>
        )}
      </section>
    </div>
  );
}
