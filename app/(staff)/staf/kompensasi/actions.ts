"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";
import { createCompensationRecord, setCompensationStatus } from "@/lib/compensation/store";

export async function createCompensationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("recordCompensation");
    await createCompensationRecord(formValues(form), actor, new Date());
    revalidatePath("/staf/kompensasi");
    return { status: "ok" };
  });
}

export async function setCompensationStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("recordCompensation");
    await setCompensationStatus(formValues(form), actor);
    revalidatePath("/staf/kompensasi");
    return { status: "ok" };
  });
}
