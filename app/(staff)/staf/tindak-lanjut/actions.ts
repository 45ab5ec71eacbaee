"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionCapability } from "@/lib/auth/session";
import { formValues, toActionState, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import {
  addFollowUpAttachment,
  createFollowUpAction,
  progressFollowUpAction,
  setAttachmentPublic,
  updateFollowUpAction,
} from "@/lib/follow-up/store";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

function revalidate(id?: string) {
  revalidatePath("/staf/tindak-lanjut");
  if (id) revalidatePath(`/staf/tindak-lanjut/${id}`);
  revalidatePath("/dashboard/mingguan");
}

/** The form's "basis" select carries "kind:code" (e.g. "element:U3"); the schema wants the two apart. */
function withBasis(form: FormData): Record<string, string> {
  const values = formValues(form);
  const [sourceKind = "", sourceCode = ""] = (values.basis ?? "").split(":");
  return values.basis === undefined ? values : { ...values, sourceKind, sourceCode };
}

export async function createFollowUpActionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await toActionState(form, async () => {
    const actor = await requireActionCapability("manageFollowUpActions");
    const action = await createFollowUpAction(withBasis(form), actor, new Date());
    revalidate();
    return { status: "ok", data: { href: `/staf/tindak-lanjut/${action.id}` } };
  });
  // Outside toActionState: redirect() works by throwing, which must reach Next untouched.
  if (state.status === "ok" && state.data?.href) redirect(state.data.href);
  return state;
}

export async function updateFollowUpActionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageFollowUpActions");
    const id = text(form, "id") ?? "";
    await updateFollowUpAction(id, withBasis(form), actor);
    revalidate(id);
    return { status: "ok" };
  });
}

export async function progressFollowUpActionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("updateOwnFollowUpActions");
    const id = text(form, "id") ?? "";
    await progressFollowUpAction(id, formValues(form), actor, new Date());
    revalidate(id);
    return { status: "ok" };
  });
}

/** Evidence upload from the action page (the API route takes the same files from machines). */
export async function uploadFollowUpEvidenceAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("updateOwnFollowUpActions");
    const id = text(form, "id") ?? "";
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("VALIDATION", "Pilih berkas bukti.", { fields: { file: "Pilih berkas bukti." } });
    }
    await addFollowUpAttachment(
      id,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { isPublic: text(form, "isPublic") === "true" },
      actor,
    );
    revalidate(id);
    return { status: "ok" };
  });
}

export async function setAttachmentVisibilityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("updateOwnFollowUpActions");
    await setAttachmentPublic(text(form, "attachmentId") ?? "", text(form, "isPublic") === "true", actor);
    revalidate(text(form, "id"));
    return { status: "ok" };
  });
}
