/**
 * The unsur (elements) of the two survey versions with their questions and 4-point answer labels in Bahasa Indonesia
 * and English — PermenPANRB 14/2017 (9 unsur; labels as in the sample form) and KEP/25/M.PAN/2/2004 (14 unsur, with
 * per-unsur wording), in regulation order. The texts are data in questionnaire-elements.json: each element names a
 * shared answer scale (`scales`) or gives its own four labels. The questionnaires are assembled in questionnaires.ts.
 */
import type { QuestionnaireElement } from "./questionnaires";
import ELEMENT_DATA from "./questionnaire-elements.json";

/** Four answer labels, 1 (worst) to 4 (best), in both languages. */
type AnswerScale = { id: readonly string[]; en: readonly string[] };
type ElementRow = Omit<QuestionnaireElement, "answerLabels"> & { answers: string | AnswerScale };

const SCALES: Readonly<Record<string, AnswerScale>> = ELEMENT_DATA.scales;

/** The answer labels of a scale, valued 1 to 4; a scale without exactly four labels in each language is an error. */
export function answerLabels(scale: AnswerScale): QuestionnaireElement["answerLabels"] {
  if (scale.id.length !== 4 || scale.en.length !== 4) throw new Error(`An answer scale has four labels: ${scale.id}`);
  const label = (value: 1 | 2 | 3 | 4) => ({ value, labelId: scale.id[value - 1]!, labelEn: scale.en[value - 1]! });
  return [label(1), label(2), label(3), label(4)];
}

function elementsOf(rows: readonly ElementRow[]): QuestionnaireElement[] {
  return rows.map(({ answers, ...texts }) => {
    const scale = typeof answers === "string" ? SCALES[answers] : answers;
    if (!scale) throw new Error(`Unknown answer scale "${String(answers)}" of ${texts.code}`);
    return { ...texts, answerLabels: answerLabels(scale) };
  });
}

/** Unsur SKM, PermenPANRB 14/2017 lampiran, in regulation order; labels as in the sample form. */
export const ELEMENTS_2017: readonly QuestionnaireElement[] = elementsOf(ELEMENT_DATA.elements2017);

/** The 14 unsur of KEP/25/M.PAN/2/2004 in the decree's order, with per-unsur 4-point wording. */
export const ELEMENTS_2004: readonly QuestionnaireElement[] = elementsOf(ELEMENT_DATA.elements2004);
