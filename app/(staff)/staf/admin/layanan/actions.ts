"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { updateLicenseTypeStandard } from "@/lib/reference/license-type-admin";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";

export async function updateLicenseTypeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    const values = formValues(form);
    await updateLicenseTypeStandard(
      { ...values, active: values.active ?? "false", standardPublished: values.standardPublished ?? "false" },
      actor,
    );
    revalidatePath("/staf/admin/layanan");
    revalidatePath(`/layanan/${values.code}`);
    return { status: "ok", values };
  });
}
