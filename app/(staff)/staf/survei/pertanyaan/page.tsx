import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { QUESTIONNAIRE_CODES } from "@/lib/skm/questionnaires";
import { listExtraQuestions } from "@/lib/skm/extra-question-store";
import { ActionForm } from "@/components/skm/action-form";
import { addExtraQuestionAction, toggleExtraQuestionAction } from "../actions";
import { ActiveToggle } from "@/components/ui/active-toggle";

const QUESTIONNAIRE_OPTIONS = QUESTIONNAIRE_CODES.map((c) => ({ value: c, label: c }));

export default async function ExtraQuestionsPage() {
  await requirePageCapability("manageSettings", "/staf/survei/pertanyaan");
  const { t, locale } = await getTranslator("survey");
  const lists = await Promise.all(
    QUESTIONNAIRE_CODES.map(async (code) => ({ code, questions: await listExtraQuestions(code) })),
  );
  return (
    <div className="stack">
      <h1>{t("staff.extraTitle")}</h1>
      <p className="muted">{t("staff.extraIntro")}</p>
      <ActionForm
        action={addExtraQuestionAction}
        submitLabel={t("staff.addExtra")}
        fields={[
          { name: "questionnaire", label: t("staff.questionnaire"), kind: "select", options: QUESTIONNAIRE_OPTIONS },
          { name: "code", label: t("staff.extraCode"), kind: "text", required: true },
          { name: "labelId", label: t("staff.extraLabelId"), kind: "text", required: true },
          { name: "labelEn", label: t("staff.extraLabelEn"), kind: "text", required: true },
          { name: "options", label: t("staff.extraOptions"), kind: "textarea", required: true },
        ]}
      />
      {lists.map(({ code, questions }) => (
        <section key={code} className="card stack">
          <h2>{code}</h2>
          {questions.length === 0 ? (
            <p>{t("staff.extraNone")}</p>
          ) : (
            <ul>
              {questions.map((q) => (
                <li key={q.id}>
                  <code>{q.code}</code> {locale === "en" ? q.labelEn : q.labelId} —{" "}
                  {q.options.map((o) => (locale === "en" ? o.labelEn : o.labelId)).join(" / ")}{" "}
                  {!q.active && <em>({t("staff.inactive")})</em>}
                  <ActiveToggle
                    action={toggleExtraQuestionAction}
                    id={q.id}
                    active={q.active}
                    values={["0", "1"]}
                    t={t}
                    messages="staff"
                    style={{ display: "inline" }}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
