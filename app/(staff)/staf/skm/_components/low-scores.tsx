import { getTranslator } from "@/lib/i18n/server";
import { addCalendarDays, toWibDate } from "@/lib/calendar/working-days";
import { formatDate } from "@/lib/format/format";
import { getSetting } from "@/lib/settings/settings";
import { getLowScoreTable } from "@/lib/skm/answer-queries";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { ScrollTable } from "@/components/ui/scroll-table";
import { ColumnHeader } from "@/components/ui/column-header";

const WINDOW_DAYS = 14;

/**
 * Low scores (answers 1–2) per day, counter and element over the last 14 days, for counters with at least the
 * office's minimum of respondents (setting skm.lowScoreMinN, default 30): a small counter's count could point at
 * one respondent (issue 18).
 */
export async function LowScoresSection() {
  const { t, locale } = await getTranslator("followUp");
  const today = toWibDate(new Date());
  const minN = await getSetting("skm.lowScoreMinN");
  const codes = SKM_2017_QUESTIONNAIRE.elements.map((e) => e.code);
  const table = await getLowScoreTable(
    { from: addCalendarDays(today, -(WINDOW_DAYS - 1)), to: today, questionnaire: "SKM-2017" },
    codes,
    minN,
  );
  const counterName = (id: number | null) => (id === null ? t("lowScores.noCounter") : (table.counterNames[id] ?? id));
  return (
    <section className="card stack" aria-labelledby="low-scores-title" data-testid="low-scores">
      <h2 id="low-scores-title">{t("lowScores.title")}</h2>
      <p className="muted small">{t("lowScores.hint", { n: minN })}</p>
      {table.hiddenCounters > 0 ? (
        <p className="small">{t("lowScores.hidden", { n: table.hiddenCounters, min: minN })}</p>
      ) : null}
      {table.rows.length === 0 ? (
        <p>{t("lowScores.none")}</p>
      ) : (
        <ScrollTable labelledBy="low-scores-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("lowScores.colDay")}</th>
                <th scope="col">{t("lowScores.colCounter")}</th>
                <ColumnHeader num>{t("lowScores.colResponses")}</ColumnHeader>
                {codes.map((code) => (
                  <th key={code} scope="col" className="num">
                    {code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={`${row.day}-${row.counterId}`}>
                  <td>{formatDate(row.day, locale)}</td>
                  <td>{counterName(row.counterId)}</td>
                  <td className="num">{row.responses}</td>
                  {codes.map((code) => (
                    <td key={code} className="num">
                      {row.low[code] || ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
