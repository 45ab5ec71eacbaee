"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { setSettings } from "@/lib/settings/settings";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";

export async function saveOfficeSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const v = formValues(form);
    await setSettings(
      {
        "office.name": v.name,
        "office.address": v.address,
        "office.smsNumber": v.smsNumber,
        "office.maklumat": v.maklumat,
        "office.maklumatPublished": v.maklumatPublished === "true" ? "true" : "false",
        "skm.kioskQueueDays": v.kioskQueueDays,
        "skm.allowIncompletePaper": v.allowIncompletePaper === "true" ? "true" : "false",
        ...(v.perceptionMinN === undefined ? {} : { "skm.perceptionMinN": v.perceptionMinN }),
      },
      actor,
    );
    revalidatePath("/", "layout");
    return {
      status: "ok",
      values: {
        ...v,
        maklumatPublished: v.maklumatPublished === "true" ? "true" : "false",
        allowIncompletePaper: v.allowIncompletePaper === "true" ? "true" : "false",
      },
    };
  });
}
