"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { publishOpenData } from "@/lib/open-data/store";
import { createTranslator } from "@/lib/i18n/translate";
import { getLocale } from "@/lib/i18n/server";

/** Publishes (or republishes) one period's open data (ADMIN). */
export async function publishOpenDataAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("publishOpenData");
    const { snapshot } = await publishOpenData({
      periodKey: String(form.get("periodKey") ?? ""),
      actor,
      now: new Date(),
    });
    revalidatePath("/staf/admin/data-terbuka");
    revalidatePath("/data");
    const t = createTranslator(await getLocale(), "openData");
    return {
      status: "ok",
      message: t("published", { period: snapshot.subject, version: snapshot.version }),
      data: { savedAt: String(Date.now()) },
    };
  });
}
