import "server-only";
import { getDb } from "../db/client";
import { AppError, type FieldErrors } from "../errors";
import { recordAudit } from "../audit/audit";
import type { Actor } from "../users/users";
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

/**
 * Adds an optional extra question to a questionnaire version. Codes may not collide with unsur codes (U1…),
 * so the regulation's elements are never touched. Options: one per line, "value|Label ID|Label EN".
 */
export async function addExtraQuestion(
  input: { questionnaire: string; code: string; labelId: string; labelEn: string; options: string },
  actor: Actor,
) {
  const fields: FieldErrors = {};
  const code = input.code.trim();
  if (!/^[a-z][a-z0-9_]{1,30}$/.test(code)) fields.code = "Kode: huruf kecil/angka/_ (2–31), diawali huruf; bukan U1…";
  if (input.labelId.trim().length < 3) fields.labelId = "Pertanyaan (ID) minimal 3 karakter";
  if (input.labelEn.trim().length < 3) fields.labelEn = "Pertanyaan (EN) minimal 3 karakter";
  const options = input.options
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [value, labelId, labelEn] = line.split("|").map((p) => p?.trim() ?? "");
      return { value, labelId: labelId || value, labelEn: labelEn || labelId || value };
    });
  if (options.length < 2 || options.some((o) => !/^[a-z0-9_]{1,30}$/.test(o.value))) {
    fields.options = "Minimal 2 pilihan, satu per baris: nilai|Label ID|Label EN (nilai huruf kecil/angka/_)";
  }
  if (Object.keys(fields).length) throw new AppError("VALIDATION", "Pertanyaan tambahan tidak valid.", { fields });
  try {
    await getDb().questionnaireExtraQuestion.create({
      data: {
        questionnaire: input.questionnaire,
        code,
        labelId: input.labelId.trim(),
        labelEn: input.labelEn.trim(),
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
