"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { createUser, updateUser } from "@/lib/users/user-store";
import { toActionState, type ActionState } from "@/lib/action-state";

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageUsers");
    const user = await createUser(
      {
        email: form.get("email"),
        name: form.get("name"),
        role: form.get("role"),
        password: form.get("password"),
        counterId: form.get("counterId") || undefined,
        agency: form.get("agency") || undefined,
      },
      actor,
    );
    revalidatePath("/staf/admin/pengguna");
    return { status: "ok", message: user.email };
  });
}

export async function updateUserAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageUsers");
  const active = form.get("active");
  await updateUser(
    {
      id: form.get("id"),
      role: form.get("role") || undefined,
      active: active === null ? undefined : active === "true",
    },
    actor,
  );
  revalidatePath("/staf/admin/pengguna");
}
