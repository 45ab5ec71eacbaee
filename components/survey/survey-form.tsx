/**
 * The survey form (invitation link/QR and public link): a plain HTML form, no client JavaScript. A validation error
 * re-renders it with every typed answer, a summary linking to each field and a message per field.
 */
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import { SKM_2017_QUESTIONNAIRE, type ProfileOption } from "@/lib/skm/questionnaires";
import { fieldTitle, formFieldErrors, optionLabel } from "@/lib/skm/survey-form-errors";
import type { SurveyFormView } from "@/lib/skm/survey-view";
import { Field, RadioGroup, describedBy } from "./survey-fields";

export function SurveyForm({ form: o, locale }: { form: SurveyFormView; locale: Locale }) {
  const q = SKM_2017_QUESTIONNAIRE;
  const t = createTranslator(locale, "survey");
  const { values } = o;
  const errors = formFieldErrors(o.fields, t);
  const errorKeys = Object.keys(errors);
  const options = (list: readonly ProfileOption[]) =>
    list.map((x) => ({ value: x.value, label: optionLabel(locale, x) }));
  const optional = <span className="muted">({t("optional")})</span>;
  const select = (name: string, title: string, list: readonly ProfileOption[]) => (
    <Field id={`f-${name}`} label={title} error={errors[name]} errorId={`err-${name}`}>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={values[name] ?? ""}
        {...describedBy(`err-${name}`, errors[name])}
      >
        <option value="">{t("choose")}</option>
        {options(list).map((x) => (
          <option key={x.value} value={x.value}>
            {x.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      {(o.context ?? []).map((line) => (
        <p className="muted" key={line}>
          {line}
        </p>
      ))}
      <p>{t("intro")}</p>
      <p className="hint">{t("privacy")}</p>
      {o.notice ? (
        <div className="notice" role="alert">
          <p>{o.notice}</p>
        </div>
      ) : null}
      {errorKeys.length ? (
        <div className="summary" role="alert" tabIndex={-1} id="summary">
          <p>
            <strong>{t("errorSummary", { count: errorKeys.length })}</strong>
          </p>
          <ul>
            {errorKeys.map((k) => (
              <li key={k}>
                <a href={`#f-${k}`}>{`${fieldTitle(k, q, locale, t)}: ${errors[k]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={o.action} noValidate>
        {Object.entries(o.hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} key={name} />
        ))}
        {o.withHoneypot ? (
          <div className="hp" aria-hidden="true">
            <label htmlFor="website">{t("honeypot")}</label>
            <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
        ) : null}
        {o.licenseTypes ? (
          <Field
            id="f-licenseType"
            label={
              <>
                {t("licenseType")} {optional}
              </>
            }
            error={errors.licenseType}
            errorId="err-licenseType"
          >
            <select
              id="f-licenseType"
              name="licenseType"
              defaultValue={values.licenseType ?? ""}
              {...describedBy("err-licenseType", errors.licenseType)}
            >
              <option value="">{t("notGiven")}</option>
              {o.licenseTypes.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <h2>{t("sectionQuestions")}</h2>
        {q.elements.map((element, index) => (
          <RadioGroup
            key={element.code}
            id={`f-${element.code}`}
            name={element.code}
            legend={t("questionLabel", {
              n: index + 1,
              question: locale === "en" ? element.questionEn : element.questionId,
            })}
            options={element.answerLabels.map((a) => ({ value: String(a.value), label: optionLabel(locale, a) }))}
            selected={values[element.code]}
            error={errors[element.code]}
          />
        ))}
        {(o.extraQuestions ?? []).map((extra) => (
          <RadioGroup
            key={extra.code}
            id={`f-x_${extra.code}`}
            name={`x_${extra.code}`}
            legend={
              <>
                {optionLabel(locale, extra)} {optional}
              </>
            }
            options={extra.options.map((a) => ({ value: a.value, label: optionLabel(locale, a) }))}
            selected={values[`x_${extra.code}`]}
          />
        ))}
        <h2>{t("sectionProfile")}</h2>
        <Field id="f-age" label={t("age")} error={errors.age} errorId="err-age">
          <input
            type="number"
            inputMode="numeric"
            id="f-age"
            name="age"
            min="15"
            max="100"
            defaultValue={values.age ?? ""}
            {...describedBy("err-age", errors.age)}
          />
        </Field>
        <RadioGroup
          id="f-sex"
          name="sex"
          legend={t("sex")}
          options={options(q.sexOptions)}
          selected={values.sex}
          error={errors.sex}
        />
        {select("education", t("education"), q.educationOptions)}
        {select("occupation", t("occupation"), q.occupationOptions)}
        <RadioGroup
          id="f-infoSource"
          name="infoSource"
          legend={`${t("infoSource")} (${t("optional")})`}
          options={options(q.infoSourceOptions)}
          selected={values.infoSource}
          error={errors.infoSource}
        />
        <div className={errors.comment ? "field invalid" : "field"}>
          <label htmlFor="f-comment">{t("comment")}</label>
          <p className="hint" id="hint-comment">
            {t("commentHint")}
          </p>
          {errors.comment ? (
            <p className="err" id="err-comment">
              {errors.comment}
            </p>
          ) : null}
          <textarea
            id="f-comment"
            name="comment"
            maxLength={1000}
            aria-describedby={errors.comment ? "hint-comment err-comment" : "hint-comment"}
            defaultValue={values.comment ?? ""}
          />
        </div>
        <button type="submit">{t("submit")}</button>
      </form>
    </>
  );
}
