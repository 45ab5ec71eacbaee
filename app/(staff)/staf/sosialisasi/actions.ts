"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { createCampaign, deleteCampaign, updateCampaign } from "@/lib/outreach/store";

const PATH = "/staf/sosialisasi";
const FIELDS = ["name", "channel", "startDay", "endDay", "kecamatanCode", "topic", "licenseType", "cost", "note"];

export async function createCampaignAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageOutreach");
    await createCampaign(Object.fromEntries(FIELDS.map((f) => [f, form.get(f) ?? undefined])), actor);
    revalidatePath(PATH);
    return { status: "ok" };
  });
}

export async function deleteCampaignAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageOutreach");
  await deleteCampaign(String(form.get("id") ?? ""), actor);
  revalidatePath(PATH);
}

export async function updateCampaignAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageOutreach");
    const id = String(form.get("id") ?? "");
    await updateCampaign(id, Object.fromEntries(FIELDS.map((f) => [f, form.get(f) ?? undefined])), actor);
    revalidatePath(PATH);
    revalidatePath(`${PATH}/${id}`);
    return { status: "ok", values: Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")])) };
  });
}
