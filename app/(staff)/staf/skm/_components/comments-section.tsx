import { formatDate } from "@/lib/format/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";

/** The period's comments, newest first, with a search that keeps the dashboard's period and filter. */
export function CommentsSection({
  t,
  locale,
  q,
  comments,
  keep,
}: {
  t: Translator;
  locale: Locale;
  q: string | undefined;
  comments: Array<{ surveyDate: string; comment: string }>;
  keep: Record<string, string | undefined>;
}) {
  return (
    <section className="card stack" aria-labelledby="comments-title">
      <h2 id="comments-title">{t("commentsTitle")}</h2>
      <p className="muted">{t("commentsHint")}</p>
      <form method="get" className="row">
        {Object.entries(keep)
          .filter((e): e is [string, string] => typeof e[1] === "string")
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        <div className="field">
          <label htmlFor="q">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("search")}
        </button>
      </form>
      {comments.length === 0 ? (
        <p>{t("noComments")}</p>
      ) : (
        <ul className="stack" data-testid="skm-comments">
          {comments.map((c, i) => (
            <li key={i}>
              <span className="muted">{formatDate(c.surveyDate, locale)}</span> — {c.comment}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
