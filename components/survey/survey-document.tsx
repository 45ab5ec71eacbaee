/**
 * A respondent's survey page as one light HTML document: the survey's own shell (office name, language switch),
 * inline styles, no client JavaScript. Rendered to static markup by the route handler (app/(public)/_survey).
 */
import type { SurveyBlock, SurveyPage } from "@/lib/skm/survey-view";
import { createTranslator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { SURVEY_CSS } from "./survey-styles";
import { SurveyForm } from "./survey-form";
import { LowScoreFiled, LowScoreOffer } from "./low-score";
import { DocumentHead } from "./document-head";

export function SurveyDocument({ page }: { page: SurveyPage }) {
  const { locale } = page;
  const other = locale === "id" ? "en" : "id";
  return (
    <html lang={locale}>
      <DocumentHead title={page.title} css={SURVEY_CSS} />
      <body>
        <header>
          <div
            className="wrap"
            style={{ padding: 0, display: "flex", justifyContent: "space-between", gap: "1rem", flexWrap: "wrap" }}
          >
            <p>
              <strong>{page.officeName}</strong>
            </p>
            <p>
              <a href={`/bahasa?ke=${other}`} lang={other}>
                {createTranslator(locale, "survey")("languageSwitch")}
              </a>
            </p>
          </div>
        </header>
        <main className="wrap" id="content">
          {page.blocks.map((block, i) => (
            <Block key={i} block={block} locale={locale} />
          ))}
        </main>
      </body>
    </html>
  );
}

function Block({ block, locale }: { block: SurveyBlock; locale: Locale }) {
  switch (block.kind) {
    case "message":
      return (
        <div className="card">
          <h1>{block.title}</h1>
          {block.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {block.link ? (
            <p>
              <a className="btn" href={block.link.href}>
                {block.link.label}
              </a>
            </p>
          ) : null}
        </div>
      );
    case "notice":
      return (
        <div className="notice" role="alert">
          <p>{block.text}</p>
        </div>
      );
    case "form":
      return <SurveyForm form={block.form} locale={locale} />;
    case "lowScoreOffer":
      return <LowScoreOffer offer={block.offer} locale={locale} />;
    case "lowScoreFiled":
      return <LowScoreFiled filed={block.filed} locale={locale} />;
  }
}
