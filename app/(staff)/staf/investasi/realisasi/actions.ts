"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, formValues, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { importRealisationsCsv, saveRealisation } from "@/lib/investment/realisation-store";
import { deleteLkpmDeadlineOverride, saveLkpmDeadlineOverride } from "@/lib/investment/lkpm-deadline-store";

// Server actions accept at most 1 MB (Next.js default), about 15,000 LKPM rows; larger files go through the API.
const MAX_CSV_BYTES = 1024 * 1024;

/** Saves one LKPM report from the officer/planner form (same schema and store as the API). */
export async function saveRealisationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("reportInvestmentRealisation");
    const values = formValues(form);
    const saved = await saveRealisation(values, { actor, source: "form" });
    revalidatePath("/staf/investasi/realisasi");
    return {
      status: "ok",
      values: { currency: "IDR" },
      data: { period: saved.period, registrationNo: saved.registrationNo },
    };
  });
}

/** Imports an LKPM CSV or .xlsx file, all or nothing; row errors come back as fields "baris N / kolom". */
export async function importRealisationsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("reportInvestmentRealisation");
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("VALIDATION", "Pilih berkas CSV atau Excel terlebih dahulu.", {
        fields: { file: "Pilih berkas CSV atau Excel terlebih dahulu." },
      });
    if (file.size > MAX_CSV_BYTES)
      throw new AppError(
        "PAYLOAD_TOO_LARGE",
        "Berkas melebihi 1 MB; pisahkan berkas atau kirim lewat POST /api/v1/investment/realisations.",
      );
    const result = await importRealisationsCsv(new Uint8Array(await file.arrayBuffer()), { actor });
    revalidatePath("/staf/investasi/realisasi");
    return {
      status: "ok",
      data: { rows: String(result.rows), created: String(result.created), updated: String(result.updated) },
    };
  });
}

/** Sets the LKPM filing deadline of one period (ADMIN); the period's reports are re-marked on time / late. */
export async function saveLkpmDeadlineAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    const values = formValues(form);
    const saved = await saveLkpmDeadlineOverride(values, actor);
    revalidatePath("/staf/investasi/realisasi");
    return { status: "ok", values: {}, data: { period: saved.period, reportsChanged: String(saved.reportsChanged) } };
  });
}

/** Removes one period's override: the rule's deadline (10th / 15th) applies again. */
export async function deleteLkpmDeadlineAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    const period = String(form.get("removePeriod") ?? "");
    await deleteLkpmDeadlineOverride(period, actor);
    revalidatePath("/staf/investasi/realisasi");
    return { status: "ok", values: {} };
  });
}
