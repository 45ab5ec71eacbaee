"use server";
import { publicUrl } from "@/lib/site/public-url";
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, formValues, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { getLocale } from "@/lib/i18n/server";
import { getQuestionnaire, SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { submissionFromForm } from "@/lib/skm/submission";
import { addExtraQuestion, setExtraQuestionActive } from "@/lib/skm/extra-question-store";
import { createInvitation, setInvitationDays } from "@/lib/skm/invitation-store";
import { enrollKiosk, revokeKiosk } from "@/lib/skm/kiosk-store";
import { ZInvitationForm, ZKioskEnroll } from "@/lib/skm/staff-input-schemas";
import { parseOrThrow } from "@/lib/validation/parse";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { submitSurveyResponse } from "@/lib/skm/submit-response";
import { undoResponseImport } from "@/lib/skm/response-import-store";

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v.trim() : "";
};

export async function createInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let createdId: string | null = null;
  const state = await toActionState(form, async () => {
    const actor = await requireActionCapability("createInvitations");
    const input = parseOrThrow(
      ZInvitationForm,
      {
        licenseType: text(form, "licenseType"),
        counter: text(form, "counter"),
        applicationNo: text(form, "applicationNo") || undefined,
      },
      "Data undangan tidak valid.",
    );
    const invitation = await createInvitation(input, actor, new Date());
    createdId = invitation.id;
    return { status: "ok" };
  });
  if (createdId) redirect(`/staf/survei/undangan/${createdId}/slip`);
  return state;
}

/** Paper sheet: channel "paper", the form's survey date (12:00 WIB), blanks allowed; date/service/counter stay for the next sheet. */
export async function savePaperResponseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("enterPaperSurveys");
    const date = text(form, "surveyDate");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new AppError("VALIDATION", "Tanggal survei wajib diisi.", {
        fields: { surveyDate: "Tanggal survei wajib (YYYY-MM-DD)" },
      });
    const questionnaire = getQuestionnaire(text(form, "questionnaire")) ?? SKM_2017_QUESTIONNAIRE;
    const values = formValues(form);
    const input = submissionFromForm(values, questionnaire, {
      channel: "paper",
      submittedAt: `${date}T12:00:00+07:00`,
      licenseType: text(form, "licenseType") || undefined,
      counter: text(form, "counter") || undefined,
      idempotencyKey: /^[0-9a-f-]{36}$/.test(text(form, "idem")) ? `paper-${text(form, "idem")}` : undefined,
    });
    try {
      await submitSurveyResponse(input, { now: new Date(), caller: { kind: "staff", actor } });
    } catch (error) {
      // Show field errors under the paper form's own field names (U3, age, surveyDate, …).
      if (error instanceof AppError && error.fields) {
        const fields: Record<string, string> = {};
        for (const [k, m] of Object.entries(error.fields))
          fields[k === "submittedAt" ? "surveyDate" : k.split(".").pop()!] = m;
        throw new AppError(error.code, error.message, { fields });
      }
      throw error;
    }
    const t = createTranslator(await getLocale(), "survey");
    const count = Number(text(form, "sessionCount") || "0") + 1;
    return {
      status: "ok",
      message: `${t("staff.paperSaved")} ${t("staff.paperSavedCount", { n: count })}`,
      values: {
        surveyDate: date,
        licenseType: text(form, "licenseType"),
        counter: text(form, "counter"),
        questionnaire: questionnaire.code,
        sessionCount: String(count),
        idem: randomUUID(),
      },
      data: { savedAt: String(Date.now()) },
    };
  });
}

export async function enrollKioskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const input = parseOrThrow(
      ZKioskEnroll,
      { name: text(form, "name"), counter: text(form, "counter") },
      "Data kiosk tidak valid.",
    );
    const kiosk = await enrollKiosk(input, actor, new Date());
    revalidatePath("/staf/survei/kiosk");
    const t = createTranslator(await getLocale(), "survey");
    const link = await publicUrl(`/kiosk/${kiosk.counter}?kunci=${encodeURIComponent(kiosk.key)}`);
    return { status: "ok", message: t("staff.enrollShownOnce"), data: { secret: link, savedAt: String(Date.now()) } };
  });
}

export async function revokeKioskAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageSettings");
  await revokeKiosk(text(form, "id"), actor);
  revalidatePath("/staf/survei/kiosk");
}

export async function saveInvitationDaysAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const raw = text(form, "days");
    await setInvitationDays(/^\d+$/.test(raw) ? Number(raw) : NaN, actor);
    const t = createTranslator(await getLocale(), "survey");
    return {
      status: "ok",
      message: t("staff.settingSaved"),
      values: { days: raw },
      data: { savedAt: String(Date.now()) },
    };
  });
}

export async function addExtraQuestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const questionnaire = getQuestionnaire(text(form, "questionnaire"));
    if (!questionnaire)
      throw new AppError("VALIDATION", "Versi kuesioner tidak dikenal.", {
        fields: { questionnaire: "Pilih versi kuesioner" },
      });
    await addExtraQuestion(
      {
        questionnaire: questionnaire.code,
        code: text(form, "code"),
        labelId: text(form, "labelId"),
        labelEn: text(form, "labelEn"),
        options: String(form.get("options") ?? ""),
      },
      actor,
    );
    revalidatePath("/staf/survei/pertanyaan");
    return { status: "ok", data: { savedAt: String(Date.now()) } };
  });
}

export async function toggleExtraQuestionAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageSettings");
  await setExtraQuestionActive(text(form, "id"), text(form, "active") === "1", actor);
  revalidatePath("/staf/survei/pertanyaan");
}

/** CSV or .xlsx import of paper/historical responses (ADMIN): the same all-or-nothing rules as POST /api/v1/responses/import. */
export async function importResponsesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("importData");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("VALIDATION", "Pilih file CSV atau Excel.", { fields: { file: "Pilih file CSV atau Excel" } });
    // Server actions take bodies up to 1 MB (Next's default); bigger histories go through POST /api/v1/responses/import.
    if (file.size > 1_000_000)
      throw new AppError("VALIDATION", "File melebihi 1 MB. Gunakan API impor untuk file besar.", {
        fields: { file: "Maksimal 1 MB di formulir ini" },
      });
    const { imported } = await importResponsesCsv(new Uint8Array(await file.arrayBuffer()), actor, new Date(), {
      fileName: file.name,
    });
    revalidatePath("/staf/survei/impor");
    const t = createTranslator(await getLocale(), "survey");
    return { status: "ok", message: t("staff.importedOnce", { n: imported }), data: { savedAt: String(Date.now()) } };
  });
}

/** Undoes one recorded import (ADMIN): its rows go, the daily aggregates of its days are recounted. */
export async function undoResponseImportAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("importData");
  await undoResponseImport({ importId: text(form, "id"), actor, now: new Date() });
  revalidatePath("/staf/survei/impor");
  revalidatePath("/staf/skm/laporan");
}
