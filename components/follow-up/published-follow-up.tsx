import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format/format";
import type { TFollowUpSection, TPublishedFollowUpAction } from "@/lib/publication/snapshot-payload";
import { ScrollTable } from "@/components/ui/scroll-table";

const decimals = (v: number | null, digits: number, locale: Locale) =>
  v === null ? "–" : v.toFixed(digits).replace(".", locale === "en" ? "." : ",");

function Effect({ effect, locale }: { effect: NonNullable<TPublishedFollowUpAction["effect"]>; locale: Locale }) {
  const t = createTranslator(locale, "followUp");
  const before = decimals(effect.nrrBefore, 2, locale);
  const after = decimals(effect.nrrAfter, 2, locale);
  const vars = {
    t: decimals(effect.t, 2, locale),
    df: decimals(effect.degreesOfFreedom, 1, locale),
    critical: decimals(effect.criticalT, 2, locale),
  };
  return (
    <span data-testid="follow-up-effect">
      {t("report.colEffect", { before, after })} —{" "}
      {!effect.isTestable
        ? t("report.notTestable")
        : effect.isSignificant
          ? t("report.significant", vars)
          : t("report.notSignificant", vars)}
    </span>
  );
}

/**
 * The previous period's follow-up actions as frozen in a published SKM report: "Tindak lanjut periode lalu: 4 dari
 * 5 selesai", each action's status and public evidence, and whether the targeted element moved. `section` null =
 * a report published before follow-up actions were recorded.
 */
export function PublishedFollowUp({ section, locale }: { section: TFollowUpSection | null; locale: Locale }) {
  const t = createTranslator(locale, "followUp");
  if (!section) {
    return (
      <section className="stack" aria-labelledby="follow-up-previous">
        <h2 id="follow-up-previous">{t("report.title")}</h2>
        <p className="muted">{t("report.notRecorded")}</p>
      </section>
    );
  }
  const periodLabel = locale === "en" ? section.previousPeriod.labelEn : section.previousPeriod.labelId;
  return (
    <section className="stack" aria-labelledby="follow-up-previous" data-testid="follow-up-previous">
      <h2 id="follow-up-previous">
        {t("report.title")} ({periodLabel})
      </h2>
      {section.actions.length === 0 ? (
        <p>{t("report.none", { period: periodLabel })}</p>
      ) : (
        <>
          <p data-testid="follow-up-summary">
            <strong>{t("report.summary", { done: section.done, total: section.total })}</strong>
            {section.dropped > 0 ? ` (${t("statuses.dropped").toLowerCase()}: ${section.dropped})` : ""}
          </p>
          <ScrollTable>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("report.colAction")}</th>
                  <th scope="col">{t("report.colBasis")}</th>
                  <th scope="col">{t("report.colDue")}</th>
                  <th scope="col">{t("report.colStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {section.actions.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.title}
                      {a.publicFiles.map((f) => (
                        <span key={f.id}>
                          {" · "}
                          <a href={`/laporan/lampiran/${f.id}`}>
                            {t("report.evidenceFile")}: {f.fileName}
                          </a>
                        </span>
                      ))}
                      {a.effect ? (
                        <div className="small">
                          <Effect effect={a.effect} locale={locale} />
                        </div>
                      ) : null}
                    </td>
                    <td>{locale === "en" ? a.basisEn : a.basisId}</td>
                    <td>{formatDate(a.dueDay, locale)}</td>
                    <td>
                      {t(`statuses.${a.status}`)}
                      {a.doneDay ? ` (${t("report.doneOn", { date: formatDate(a.doneDay, locale) })})` : ""}
                      {a.dropReason ? ` — ${t("report.dropped", { reason: a.dropReason })}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <p className="muted small">{t("report.effectHint")}</p>
        </>
      )}
    </section>
  );
}
