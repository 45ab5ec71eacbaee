"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { importAttendanceFile } from "@/lib/attendance/import-store";
import { addHoursOverride, removeHoursOverride, saveOfficeHours } from "@/lib/attendance/rules-store";
import {
  addCounterAssignment,
  addLeave,
  deleteCounterAssignment,
  deleteLeave,
  setAttendanceProfile,
} from "@/lib/attendance/staff-store";
import { formFieldErrors, weekHoursFromForm } from "@/lib/attendance/form-input";
import { ZLogFormat } from "@/lib/attendance/schemas";

const BASE = "/staf/admin/kehadiran";
const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined]));

export async function importAttendanceLogAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageAttendance");
    const format = ZLogFormat.safeParse(form.get("format"));
    const file = form.get("file");
    if (!format.success)
      throw new AppError("VALIDATION", format.error.issues[0].message, {
        fields: { format: format.error.issues[0].message },
      });
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("VALIDATION", "Pilih berkas log.", { fields: { file: "Pilih berkas log." } });
    const r = await importAttendanceFile({
      format: format.data,
      bytes: new Uint8Array(await file.arrayBuffer()),
      fileName: file.name,
      actor,
      now: new Date(),
    });
    revalidatePath(BASE);
    return {
      status: "ok",
      data: {
        punches: String(r.punches),
        added: String(r.added),
        duplicates: String(r.duplicates),
        firstDay: r.firstDay,
        lastDay: r.lastDay,
        unknownPins: JSON.stringify(r.unknownPins),
      },
    };
  });
}

/** Office-hours forms name their fields h1_start … h5_end; errors come back under those names. */
async function withHoursFields(form: FormData, prefix: string, body: () => Promise<ActionState>) {
  const state = await toActionState(form, body);
  return state.status === "error" ? { ...state, fields: formFieldErrors(state.fields, prefix) } : state;
}

export async function saveOfficeHoursAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return withHoursFields(form, "h", async () => {
    const actor = await requireActionCapability("manageAttendance");
    await saveOfficeHours(
      { hours: weekHoursFromForm((n) => form.get(n)), graceMinutes: form.get("graceMinutes") },
      actor,
    );
    revalidatePath(`${BASE}/aturan`);
    return { status: "ok" };
  });
}

export async function addHoursOverrideAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return withHoursFields(form, "o", async () => {
    const actor = await requireActionCapability("manageAttendance");
    await addHoursOverride(
      {
        name: form.get("name"),
        from: form.get("from"),
        to: form.get("to"),
        hours: weekHoursFromForm((n) => form.get(n), "o"),
      },
      actor,
    );
    revalidatePath(`${BASE}/aturan`);
    return { status: "ok" };
  });
}

export async function removeHoursOverrideAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageAttendance");
  await removeHoursOverride(String(form.get("from") ?? ""), actor);
  revalidatePath(`${BASE}/aturan`);
}

export async function setAttendanceProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageAttendance");
    await setAttendanceProfile(fields(form, ["userId", "pin", "unit"]), actor);
    revalidatePath(`${BASE}/pegawai`);
    return { status: "ok", values: { pin: String(form.get("pin") ?? ""), unit: String(form.get("unit") ?? "") } };
  });
}

export async function addCounterAssignmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageAttendance");
    await addCounterAssignment(fields(form, ["counterId", "userId", "fromDay", "toDay"]), actor);
    revalidatePath(`${BASE}/pegawai`);
    return { status: "ok" };
  });
}

export async function deleteCounterAssignmentAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageAttendance");
  await deleteCounterAssignment(String(form.get("id") ?? ""), actor);
  revalidatePath(`${BASE}/pegawai`);
}

export async function addLeaveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageAttendance");
    await addLeave(fields(form, ["userId", "kind", "fromDay", "toDay", "note"]), actor);
    revalidatePath(`${BASE}/cuti`);
    return { status: "ok" };
  });
}

export async function deleteLeaveAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageAttendance");
  await deleteLeave(String(form.get("id") ?? ""), actor);
  revalidatePath(`${BASE}/cuti`);
}
