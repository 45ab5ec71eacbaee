/**
 * The thank-you step after a low score (issue 18): the optional offer to file a complaint or leave a contact, and
 * the receipt once filed. Plain forms, no JavaScript, the survey pages' styles.
 */
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import type { LowScoreFiledView, LowScoreOfferView } from "@/lib/skm/survey-view";
import { Choice, Field, RadioGroup, describedBy, FieldError } from "./survey-fields";

export function LowScoreOffer({ offer: o, locale }: { offer: LowScoreOfferView; locale: Locale }) {
  const t = createTranslator(locale, "followUp");
  const { values, errors } = o;
  const list = o.elements.map((e) => `${e.code} ${e.name}`).join(", ");
  const text = (name: "name" | "phone" | "email", type: string, autoComplete: string) => (
    <Field id={`o-${name}`} label={t(`offer.${name}`)} error={errors[name]} errorId={`err-o-${name}`}>
      <input
        type={type}
        id={`o-${name}`}
        name={name}
        autoComplete={autoComplete}
        defaultValue={values[name] ?? ""}
        {...describedBy(`err-o-${name}`, errors[name])}
      />
    </Field>
  );
  return (
    <section className="card" aria-labelledby="offer-title" id="offer">
      <h2 id="offer-title">{t("offer.title")}</h2>
      <p>{t("offer.intro", { elements: list })}</p>
      <p className="hint">{t("offer.anonymity")}</p>
      <form method="post" action={o.action} noValidate>
        <input type="hidden" name="t" value={o.token} />
        {o.elements.length === 1 ? (
          <input type="hidden" name="element" value={o.elements[0]!.code} />
        ) : (
          <RadioGroup
            id="o-element"
            name="element"
            legend={t("offer.element")}
            options={o.elements.map((e) => ({ value: e.code, label: `${e.code} ${e.name}` }))}
            selected={values.element ?? o.elements[0]?.code}
            error={errors.element}
            errorId="err-o-element"
          />
        )}
        <Field id="o-text" label={t("offer.text")} error={errors.text} errorId="err-o-text">
          <textarea
            id="o-text"
            name="text"
            maxLength={2000}
            defaultValue={values.text ?? ""}
            {...describedBy("err-o-text", errors.text)}
          />
        </Field>
        {text("name", "text", "name")}
        {text("phone", "tel", "tel")}
        {text("email", "email", "email")}
        <div className={errors.consent ? "field invalid" : "field"}>
          <FieldError id="err-o-consent" message={errors.consent} />
          <Choice
            type="checkbox"
            id="o-consent"
            name="consent"
            value="true"
            label={t("offer.consent")}
            checked={values.consent === "true"}
            describedBy={errors.consent ? "err-o-consent" : undefined}
          />
        </div>
        <p>
          <button type="submit">{t("offer.submit")}</button>
        </p>
        <p>
          <a href="/laporan">{t("offer.decline")}</a>
        </p>
      </form>
    </section>
  );
}

export function LowScoreFiled({ filed: o, locale }: { filed: LowScoreFiledView; locale: Locale }) {
  const t = createTranslator(locale, "followUp");
  return (
    <div className="card" role="status" data-testid="low-score-filed">
      <h1>{t("offer.filedTitle")}</h1>
      <p>{t("offer.filedBody", { ticket: o.ticketNo, code: o.checkCode, deadline: o.deadline })}</p>
      <p>
        <a className="btn" href={o.statusHref}>
          {t("offer.filedLink")}
        </a>
      </p>
    </div>
  );
}
