"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireAgencyAction } from "@/lib/auth/session";
import { toActionState, formValues, type ActionState } from "@/lib/action-state";
import { recordAgencyRecommendation } from "@/lib/applications/agency-recommendation-store";

/** The agency's decision on one waiting file; on success the file has left the queue, so back to the list. */
export async function recordRecommendationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let done = false;
  const state = await toActionState(form, async () => {
    const caller = await requireAgencyAction("recordAgencyRecommendation");
    const registrationNo = String(form.get("registrationNo") ?? "");
    await recordAgencyRecommendation(registrationNo, formValues(form), caller);
    revalidatePath("/staf/rekomendasi");
    done = true;
    return { status: "ok" };
  });
  if (done) redirect(`/staf/rekomendasi?tercatat=${encodeURIComponent(String(form.get("registrationNo") ?? ""))}`);
  return state;
}
