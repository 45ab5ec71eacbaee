"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, formValues, type ActionState } from "@/lib/action-state";
import { recordApplicationAction, registerApplication } from "@/lib/applications/applications-store";

export async function registerApplicationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let registrationNo: string | null = null;
  const state = await toActionState(form, async () => {
    const actor = await requireActionCapability("processApplications");
    registrationNo = await registerApplication(formValues(form), actor);
    return { status: "ok" };
  });
  if (registrationNo) redirect(`/staf/permohonan/${encodeURIComponent(registrationNo)}`);
  return state;
}

/** One click per step: the form carries the registration number and the step (stage, pause, resume, outcome, handover). */
export async function applicationStepAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("processApplications");
    const registrationNo = String(form.get("registrationNo") ?? "");
    const values = formValues(form);
    await recordApplicationAction(registrationNo, values, actor);
    revalidatePath(`/staf/permohonan/${encodeURIComponent(registrationNo)}`);
    return { status: "ok" };
  });
}
