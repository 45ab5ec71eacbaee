import { formatDate, formatDecimal, formatPercent, formatRupiah } from "@/lib/format/format";
import type { ReactNode } from "react";
import type { CampaignReport } from "@/lib/outreach/queries";
import type { Translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollTable } from "@/components/ui/scroll-table";

function Verdict({
  test,
  t,
  locale,
}: {
  test: { pValue: number; isSignificant: boolean } | null;
  t: Translator;
  locale: Locale;
}) {
  if (!test) return <>—</>;
  return (
    <span className={test.isSignificant ? "badge badge-ok" : "badge"}>
      p = {formatDecimal(test.pValue, locale, 3)} · {test.isSignificant ? t("significant") : t("notSignificant")}
    </span>
  );
}

/** One campaign with its before/after figures (t is the "outreach" namespace); `actions` e.g. a delete button. */
export function CampaignCard({
  report: r,
  t,
  locale,
  actions,
}: {
  report: CampaignReport;
  t: Translator;
  locale: Locale;
  actions?: ReactNode;
}) {
  const n = (v: number, digits = 2) => formatDecimal(v, locale, digits, { trim: true });
  const topic =
    r.topic === "license_type" ? `${t("topic.license_type")}: ${r.licenseTypeName ?? "?"}` : t(`topic.${r.topic}`);
  const a = r.effect?.applications;
  const s = r.effect?.survey;
  const perDay = (count: number, days: number, rate: number | null) =>
    `${t("perDay", { count: n(count, 0), days: n(days, 0) })}${rate === null ? "" : ` (${t("rate", { rate: n(rate) })})`}`;
  return (
    <article className="card stack" aria-labelledby={`campaign-${r.id}`} data-testid={`campaign-${r.id}`}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h3 id={`campaign-${r.id}`}>{r.name}</h3>
        {actions}
      </div>
      <p className="muted small">
        {t(`channel.${r.channel}`)} · {topic} · {r.kecamatanName ?? t("cityWide")} · {formatDate(r.startDay, locale)} –{" "}
        {formatDate(r.endDay, locale)} · {formatRupiah(r.cost, locale)}
      </p>
      {!a || !s ? (
        <p className="badge">{t("notStarted")}</p>
      ) : (
        <>
          {!r.windows.isComplete && <p className="badge badge-warn">{t("inProgress")}</p>}
          <ScrollTable>
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">{t("campaign")}</span>
                  </th>
                  <th scope="col">
                    {t("before")}
                    <br />
                    <span className="muted small">
                      {formatDate(r.windows.before.from, locale)} – {formatDate(r.windows.before.to, locale)}
                    </span>
                  </th>
                  <th scope="col">
                    {t("after")}
                    <br />
                    <span className="muted small">
                      {formatDate(r.windows.after!.from, locale)} – {formatDate(r.windows.after!.to, locale)}
                    </span>
                  </th>
                  <th scope="col">{t("change")}</th>
                </tr>
              </thead>
              <tbody>
                <tr data-testid="campaign-applications">
                  <th scope="row">{t("applications")}</th>
                  <td>{perDay(a.before, a.beforeWorkingDays, a.beforePerDay)}</td>
                  <td>{perDay(a.after, a.afterWorkingDays, a.afterPerDay)}</td>
                  <td>
                    {a.changeRate === null
                      ? "—"
                      : `${a.changeRate >= 0 ? "+" : ""}${formatPercent(a.changeRate, locale)}`}
                    {a.additional !== null && ` · ${t("additional")} ${n(a.additional, 1)}`}{" "}
                    <Verdict test={a.test} t={t} locale={locale} />
                  </td>
                </tr>
                <tr data-testid="campaign-survey">
                  <th scope="row">{t("survey")}</th>
                  <td>
                    {t("ofAnswered", { hits: n(s.beforeChannel, 0), total: n(s.beforeAnswered, 0) })} (
                    {formatPercent(s.beforeShare, locale)})
                  </td>
                  <td>
                    {t("ofAnswered", { hits: n(s.afterChannel, 0), total: n(s.afterAnswered, 0) })} (
                    {formatPercent(s.afterShare, locale)})
                  </td>
                  <td>
                    {s.changePoints === null
                      ? "—"
                      : t("points", { value: `${s.changePoints >= 0 ? "+" : ""}${n(s.changePoints * 100, 1)}` })}{" "}
                    <Verdict test={s.test} t={t} locale={locale} />
                  </td>
                </tr>
              </tbody>
            </table>
          </ScrollTable>
          <p>
            {t("costPerAdditional")}:{" "}
            <strong data-testid="campaign-cost-per-additional">
              {r.effect!.costPerAdditional === null ? "—" : formatRupiah(r.effect!.costPerAdditional, locale)}
            </strong>
          </p>
        </>
      )}
    </article>
  );
}
