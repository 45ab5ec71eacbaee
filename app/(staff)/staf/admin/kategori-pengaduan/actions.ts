"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { saveHandlingCategory } from "@/lib/complaints/handling-category-store";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function saveHandlingCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    await saveHandlingCategory(
      {
        code: field(form, "code") ?? "",
        name: field(form, "name") ?? "",
        nameEn: field(form, "nameEn") ?? "",
        deadlineDays: field(form, "deadlineDays") ?? "",
        isDefault: field(form, "isDefault"),
        active: field(form, "active") ?? "false",
      },
      actor,
    );
    revalidatePath("/staf/admin/kategori-pengaduan");
    return { status: "ok" };
  });
}
