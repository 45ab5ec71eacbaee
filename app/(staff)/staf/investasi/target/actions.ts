"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { setInvestmentTarget } from "@/lib/investment/target-store";
import { ZInvestmentTargetInput } from "@/lib/investment/schemas";

/** Saves a new annual target (history kept). Invalid input comes back in the URL with the field's message. */
export async function setInvestmentTargetAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageSettings");
  const parsed = ZInvestmentTargetInput.safeParse({
    year: form.get("year"),
    kpi: form.get("kpi"),
    value: form.get("value"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    redirect(
      `/staf/investasi/target?field=${encodeURIComponent(issue.path.join("."))}&error=${encodeURIComponent(issue.message)}`,
    );
  }
  await setInvestmentTarget(parsed.data, actor);
  revalidatePath("/staf/investasi");
  redirect("/staf/investasi/target?saved=1");
}
