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

function handler(run: (form: FormData, actor: Awaited<ReturnType<typeof requireActionCapability>>) => Promise<void>) {
  return async (form: FormData): Promise<ActionState> =>
    toActionState(form, async () => {
      const actor = await requireActionCapability("handleComplaints");
      await run(form, actor);
      const id = field(form, "complaintId");
      revalidatePath("/staf/pengaduan");
      if (id) revalidatePath(`/staf/pengaduan/${id}`);
      return { status: "ok" };
    });
}

const assign = handler((form, actor) =>
  assignComplaint({ complaintId: field(form, "complaintId"), assigneeId: field(form, "assigneeId") }, actor),
);
const category = handler((form, actor) =>
  changeComplaintCategory({ complaintId: field(form, "complaintId"), category: field(form, "category") }, actor),
);
const answer = handler((form, actor) =>
  answerComplaint({ complaintId: field(form, "complaintId"), body: field(form, "body") ?? "" }, actor, new Date()),
);
const note = handler((form, actor) =>
  addComplaintNote({ complaintId: field(form, "complaintId"), body: field(form, "body") ?? "" }, actor),
);
const resolve = handler((form, actor) => resolveComplaint(field(form, "complaintId") ?? "", actor, new Date()));
const verify = handler((form, actor) =>
  verifyComplaint(
    {
      complaintId: field(form, "complaintId"),
      verdict: field(form, "verdict"),
      handlingCategory: field(form, "handlingCategory"),
      reason: field(form, "reason") ?? "",
    },
    actor,
    new Date(),
  ),
);
const extend = handler(async (form, actor) => {
  await extendComplaintDeadline(
    {
      complaintId: field(form, "complaintId"),
      extraDays: field(form, "extraDays"),
      reason: field(form, "reason") ?? "",
    },
    actor,
    new Date(),
  );
});
const close = handler((form, actor) => closeComplaint(field(form, "complaintId") ?? "", actor, new Date()));

export async function assignComplaintAction(_prev: ActionState, form: FormData) {
  return assign(form);
}
export async function changeCategoryAction(_prev: ActionState, form: FormData) {
  return category(form);
}
export async function answerComplaintAction(_prev: ActionState, form: FormData) {
  return answer(form);
}
export async function addNoteAction(_prev: ActionState, form: FormData) {
  return note(form);
}
export async function resolveComplaintAction(_prev: ActionState, form: FormData) {
  return resolve(form);
}
export async function verifyComplaintAction(_prev: ActionState, form: FormData) {
  return verify(form);
}
export async function extendDeadlineAction(_prev: ActionState, form: FormData) {
  return extend(form);
}
export async function closeComplaintAction(_prev: ActionState, form: FormData) {
  return close(form);
}
