import "server-only";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { checkExtraQuestionInput, type TExtraQuestionInput } from "./extra-question-input";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { isUniqueViolation } from "./response-store";
import { processCache } from "../cache/process-cache";
import type { ExtraOption } from "./submission";

export type { ExtraOption } from "./submission";

export async function listExtraQuestions(questionnaire: string, options: { activeOnly?: boolean } = {}) {
  const rows = await getDb().questionnaireExtraQuestion.findMany({
    where: { questionnaire, ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return rows.map((r) => ({ ...r, options: JSON.parse(r.options) as ExtraOption[] }));
}

type ExtraQuestion = Awaited<ReturnType<typeof listExtraQuestions>>[number];
const activeCache = () => processCache<ExtraQuestion[]>("skm.extraQuestions", { ttlMs: 30_000 });

/** The version's active extra questions, from an in-process cache the two writers below clear (submissions). */
export function listActiveExtraQuestionsCached(questionnaire: string): Promise<ExtraQuestion[]> {
  return activeCache().get(questionnaire, () => listExtraQuestions(questionnaire, { activeOnly: true }));
}

/** Adds an optional extra question to a questionnaire version (checked by checkExtraQuestionInput). */
export async function addExtraQuestion(input: TExtraQuestionInput, actor: Actor) {
  const { code, labelId, labelEn, options, fields } = checkExtraQuestionInput(input);
  if (Object.keys(fields).length) throw new AppError("VALIDATION", "Pertanyaan tambahan tidak valid.", { fields });
  try {
    await getDb().questionnaireExtraQuestion.create({
      data: {
        questionnaire: input.questionnaire,
        code,
        labelId,
        labelEn,
        options: JSON.stringify(options),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("VALIDATION", "Kode sudah dipakai.", {
        fields: { code: "Kode sudah dipakai pada versi ini" },
      });
    throw error;
  }
  activeCache().invalidate();
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "skm.extraQuestion.add",
    target: `${input.questionnaire}/${code}`,
  });
}

export async function setExtraQuestionActive(id: string, active: boolean, actor: Actor) {
  await getDb().questionnaireExtraQuestion.updateMany({ where: { id }, data: { active } });
  activeCache().invalidate();
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "skm.extraQuestion.toggle",
    target: id,
    detail: { active },
  });
}
