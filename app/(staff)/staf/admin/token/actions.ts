"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/users/user-store";
import { toActionState, type ActionState } from "@/lib/action-state";

export async function createTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageUsers");
    const { token } = await createApiToken(
      { name: form.get("name"), role: form.get("role"), validDays: form.get("validDays") ?? undefined },
      actor,
    );
    revalidatePath("/staf/admin/token");
    return { status: "ok", data: { token } };
  });
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageUsers");
  await revokeApiToken(String(form.get("id")), actor);
  revalidatePath("/staf/admin/token");
}
