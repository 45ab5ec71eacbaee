"use server";
import { formatCount, formatDecimal } from "@/lib/format/format";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { recordActorAudit } from "@/lib/audit/store";
import { toActionState, type ActionState } from "@/lib/action-state";
import { parseOrThrow } from "@/lib/validation/parse";
import { saveSkmPopulation, saveSkmReport } from "@/lib/skm/report-store";
import { setSkmWeightMode } from "@/lib/skm/summary-queries";
import { publishOnTimeRate } from "@/lib/applications/on-time-publication-store";
import { createTranslator } from "@/lib/i18n/translate";
import { getLocale } from "@/lib/i18n/server";
import { ZPeriodKeyForm, ZSkmPopulationForm, ZSkmReportForm, ZSkmWeightModeForm } from "@/lib/skm/schemas";

export async function saveSkmReportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("publishSkmReports");
    const input = parseOrThrow(ZSkmReportForm, Object.fromEntries(form));
    if (input.intent === "PUBLISHED" && input.followUpPlan.length === 0) {
      return {
        status: "error",
        fields: { followUpPlan: "Tulis rencana tindak lanjut sebelum menerbitkan" },
        values: Object.fromEntries([...form].map(([k, v]) => [k, String(v)])),
      };
    }
    // Publishing writes its own audit entry (publication.publish / publication.republish, with both figures).
    const { report, publication } = await saveSkmReport({
      periodKey: input.periodKey,
      followUpPlan: input.followUpPlan,
      status: input.intent,
      actor,
      now: new Date(),
    });
    if (!publication) await recordActorAudit(actor, "skm.report.save", report.periodKey);
    revalidatePath("/staf/skm/laporan");
    const locale = await getLocale();
    const t = createTranslator(locale, "skm");
    if (!publication) return { status: "ok", message: t("saved") };
    const previous = publication.previous;
    const message = previous
      ? t("republishedOk", {
          version: publication.snapshot.version,
          ikm: formatDecimal(previous.headline.value, locale, 2),
          respondents: formatCount(previous.headline.count, locale),
        })
      : t("publishedOk", { version: publication.snapshot.version });
    return { status: "ok", message };
  });
}

export async function savePopulationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("publishSkmReports");
    const input = parseOrThrow(ZSkmPopulationForm, Object.fromEntries(form));
    await saveSkmPopulation(input);
    await recordActorAudit(actor, "skm.population.save", input.periodKey, { population: input.population });
    revalidatePath("/staf/skm/laporan");
    return { status: "ok", message: "Tersimpan." };
  });
}

export async function saveWeightModeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const { weightMode } = parseOrThrow(ZSkmWeightModeForm, Object.fromEntries(form));
    await setSkmWeightMode(weightMode);
    await recordActorAudit(actor, "settings.skm.weightMode", null, { weightMode });
    revalidatePath("/staf/skm");
    return { status: "ok", message: "Tersimpan." };
  });
}

/** Publishes (again) the on-time rate of a period for the public home. */
export async function publishOnTimeRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("publishSkmReports");
    const { periodKey } = parseOrThrow(ZPeriodKeyForm, Object.fromEntries(form));
    const publication = await publishOnTimeRate({ periodKey, actor, now: new Date() });
    revalidatePath("/staf/skm/laporan");
    const locale = await getLocale();
    const t = createTranslator(locale, "skm");
    return { status: "ok", message: t("publishedOk", { version: publication.snapshot.version }) };
  });
}
