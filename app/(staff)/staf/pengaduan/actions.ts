"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { parseOrThrow } from "@/lib/validation/parse";
import { toActionState, type ActionState } from "@/lib/action-state";
import { enterStaffComplaint } from "@/lib/complaints/intake-store";
import {
  addComplaintNote,
  answerComplaint,
  assignComplaint,
  changeComplaintCategory,
  closeComplaint,
  extendComplaintDeadline,
  resolveComplaint,
  verifyComplaint,
} from "@/lib/complaints/handling-store";
import { ZStaffComplaint } from "@/lib/complaints/schemas";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

export async function enterComplaintAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("handleComplaints");
    const input = parseOrThrow(ZStaffComplaint, {
      channel: field(form, "channel") ?? "",
      name: field(form, "name"),
      phone: field(form, "phone"),
      email: field(form, "email"),
      category: field(form, "category") ?? "",
      applicationNo: field(form, "applicationNo"),
      text: field(form, "text") ?? "",
      handlingCategory: field(form, "handlingCategory"),
    });
    const created = await enterStaffComplaint(input, actor, new Date());
    revalidatePath("/staf/pengaduan");
    return { status: "ok", data: { ticketNo: created.ticketNo, href: `/staf/pengaduan/${created.id}` } };
  });
}

type Actor = Awaited<ReturnType<typeof requireActionCapability>>;

/** Runs one handling step on the complaint named by the form's complaintId, then refreshes the list and the detail. */
async function handle(
  form: FormData,
  run: (complaintId: string | undefined, actor: Actor) => Promise<unknown>,
): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("handleComplaints");
    const id = field(form, "complaintId");
    await run(id, actor);
    revalidatePath("/staf/pengaduan");
    if (id) revalidatePath(`/staf/pengaduan/${id}`);
    return { status: "ok" };
  });
}

export async function assignComplaintAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) =>
    assignComplaint({ complaintId, assigneeId: field(form, "assigneeId") }, actor),
  );
}
export async function changeCategoryAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) =>
    changeComplaintCategory({ complaintId, category: field(form, "category") }, actor),
  );
}
export async function answerComplaintAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) =>
    answerComplaint({ complaintId, body: field(form, "body") ?? "" }, actor, new Date()),
  );
}
export async function addNoteAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) =>
    addComplaintNote({ complaintId, body: field(form, "body") ?? "" }, actor),
  );
}
export async function resolveComplaintAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) => resolveComplaint(complaintId ?? "", actor, new Date()));
}
export async function verifyComplaintAction(_prev: ActionState, form: FormData) {
  const verdict = { verdict: field(form, "verdict"), handlingCategory: field(form, "handlingCategory") };
  const reason = field(form, "reason") ?? "";
  return handle(form, (complaintId, actor) => verifyComplaint({ complaintId, ...verdict, reason }, actor, new Date()));
}
export async function extendDeadlineAction(_prev: ActionState, form: FormData) {
  const extension = { extraDays: field(form, "extraDays"), reason: field(form, "reason") ?? "" };
  return handle(form, (complaintId, actor) =>
    extendComplaintDeadline({ complaintId, ...extension }, actor, new Date()),
  );
}
export async function closeComplaintAction(_prev: ActionState, form: FormData) {
  return handle(form, (complaintId, actor) => closeComplaint(complaintId ?? "", actor, new Date()));
}
