/**
 * The counter kiosk page: one self-contained HTML document (inline CSS + a small inline script, no external assets)
 * so the service worker (public/kiosk-sw.js) only has to keep this one response to let the kiosk survive an outage,
 * including a reload during it. Answers are queued in IndexedDB first and sent with a per-response idempotency key,
 * so a retry after a lost reply never stores a second row. The screens are filled by the script from the config.
 */
import { createTranslator } from "@/lib/i18n/translate";
import { SKM_2017_QUESTIONNAIRE, type ProfileOption } from "@/lib/skm/questionnaires";
import { optionLabel } from "@/lib/skm/survey-form-errors";
import type { KioskView } from "@/lib/skm/survey-view";
import { FACES, KIOSK_CSS, KIOSK_SCRIPT } from "./kiosk-assets";
import { DocumentHead } from "./document-head";

function kioskConfig(o: KioskView) {
  const q = SKM_2017_QUESTIONNAIRE;
  const t = createTranslator(o.locale, "survey");
  const label = (x: { labelId: string; labelEn: string }) => optionLabel(o.locale, x);
  const options = (list: readonly ProfileOption[]) => list.map((x) => ({ value: x.value, label: label(x) }));
  return {
    questionnaire: q.code,
    counter: o.counter.code,
    idleMs: 60_000,
    resetMs: 6_000,
    questions: q.elements.map((e) => ({
      code: e.code,
      text: o.locale === "en" ? e.questionEn : e.questionId,
      options: e.answerLabels.map((a, i) => ({ value: a.value, label: label(a), face: FACES[i] })),
    })),
    profile: [
      { key: "sex", text: t("sex"), options: options(q.sexOptions) },
      { key: "education", text: t("education"), options: options(q.educationOptions) },
      { key: "occupation", text: t("occupation"), options: options(q.occupationOptions) },
      { key: "infoSource", text: t("infoSource"), optional: true, options: options(q.infoSourceOptions) },
    ],
    text: Object.fromEntries(
      (
        [
          ["progress", "kiosk.progress"],
          ["pending", "kiosk.pending"],
          ["offline", "kiosk.offline"],
          ["notEnrolled", "kiosk.notEnrolled"],
          ["keyRejected", "kiosk.keyRejected"],
          ["age", "age"],
          ["next", "kiosk.next"],
          ["back", "kiosk.back"],
          ["skip", "kiosk.skip"],
          ["send", "kiosk.send"],
          ["comment", "comment"],
          ["commentHint", "commentHint"],
          ["ageError", "errors.age"],
        ] as const
      ).map(([name, key]) => [name, t(key)]),
    ),
  };
}

/** `nonce`: this response's CSP nonce (proxy.ts); the inline script runs only with it. */
export function KioskDocument({ kiosk: o }: { kiosk: KioskView }) {
  const t = createTranslator(o.locale, "survey");
  // "<" is escaped so no string in the config can close the script element.
  const json = JSON.stringify(kioskConfig(o)).replace(/</g, "\\u003c");
  return (
    <html lang={o.locale}>
      <DocumentHead title={`${t("title")} · ${o.counter.code}`} css={KIOSK_CSS} />
      <body>
        <main id="app" aria-live="polite">
          <section id="welcome" className="screen">
            <p className="office">{`${o.officeName} · ${o.counter.name}`}</p>
            <h1>{t("kiosk.welcome")}</h1>
            <p>{t("kiosk.welcomeBody")}</p>
            <p className="small">{t("privacy")}</p>
            <button type="button" id="start" className="big">
              {t("kiosk.start")}
            </button>
            <button type="button" id="fs" className="link">
              {t("kiosk.fullscreen")}
            </button>
          </section>
          <section id="question" className="screen" hidden>
            <p id="progress" className="small"></p>
            <h1 id="qtext" tabIndex={-1}></h1>
            <div id="options" className="options"></div>
            <div className="nav">
              <button type="button" id="back" className="link"></button>
              <button type="button" id="skipBtn" className="link" hidden></button>
            </div>
          </section>
          <section id="thanks" className="screen" hidden>
            <h1 tabIndex={-1} id="thanksTitle">
              {t("kiosk.thanks")}
            </h1>
            <p>{t("kiosk.thanksBody")}</p>
          </section>
          <section id="blocked" className="screen" hidden>
            <h1 id="blockedText"></h1>
          </section>
        </main>
        <footer>
          <span id="net"></span> <span id="pending" data-testid="kiosk-pending" data-count="0"></span>
        </footer>
        <script id="kiosk-config" type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
        <script nonce={o.nonce} dangerouslySetInnerHTML={{ __html: KIOSK_SCRIPT }} />
      </body>
    </html>
  );
}
