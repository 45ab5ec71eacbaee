"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { setKpiTarget } from "@/lib/kpi/target-store";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";

export async function setKpiTargetAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageSettings");
    const v = formValues(form);
    await setKpiTarget({ year: v.year, kpi: v.kpi, value: v.value }, actor);
    revalidatePath("/staf/admin/target");
    revalidatePath("/dashboard");
    return { status: "ok", values: { year: v.year, kpi: v.kpi } };
  });
}
