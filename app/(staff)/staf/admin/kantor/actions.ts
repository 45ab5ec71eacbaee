"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { setSettings } from "@/lib/settings/settings";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";
import { setOfficeLogo } from "@/lib/settings/office-profile";

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
        "skm.lowScoreMinN": v.lowScoreMinN,
        "office.parent": v.parent,
        "office.city": v.city,
        "office.headName": v.headName,
        "office.headNip": v.headNip,
        "office.headPosition": v.headPosition,
        ...(v.perceptionMinN === undefined ? {} : { "skm.perceptionMinN": v.perceptionMinN }),
        ...(v.breakdownMinN === undefined ? {} : { "dashboard.breakdownMinN": v.breakdownMinN }),
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

/** Uploads (or with remove=true, removes) the office's logo for letterheads: PNG or JPEG, at most 300 KB. */
export async function saveOfficeLogoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const file = form.get("logo");
    const bytes =
      form.get("remove") === "true" || !(file instanceof File) ? null : new Uint8Array(await file.arrayBuffer());
    await setOfficeLogo(bytes, actor);
    revalidatePath("/staf/admin/kantor");
    return { status: "ok" };
  });
}
