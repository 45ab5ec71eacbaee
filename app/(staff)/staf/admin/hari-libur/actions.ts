"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import {
  confirmHolidayYear,
  deleteHoliday,
  importHolidayYear,
  setCutiBersamaStopsClock,
  upsertHoliday,
} from "@/lib/calendar/calendar-store";

const PATH = "/staf/admin/hari-libur";

export async function saveHolidayAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    await upsertHoliday({ date: form.get("date"), kind: form.get("kind"), name: form.get("name") }, actor);
    revalidatePath(PATH);
    return { status: "ok" };
  });
}

export async function deleteHolidayAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageReferenceData");
  await deleteHoliday(String(form.get("date") ?? ""), actor);
  revalidatePath(PATH);
}

export async function setCutiBersamaAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageSettings");
  await setCutiBersamaStopsClock(form.get("value") === "true", actor);
  revalidatePath(PATH);
}

export async function importHolidayYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    const year = Number(form.get("year"));
    const file = form.get("file");
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new AppError("VALIDATION", "Tahun tidak valid.", { fields: { year: "Tahun tidak valid." } });
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("VALIDATION", "Pilih berkas CSV atau Excel.", {
        fields: { file: "Pilih berkas CSV atau Excel." },
      });
    const count = await importHolidayYear(year, new Uint8Array(await file.arrayBuffer()), actor);
    revalidatePath(PATH);
    return { status: "ok", data: { count: String(count) } };
  });
}

/** An admin confirms a year's list after checking it against the signed SKB (audited). */
export async function confirmHolidayYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    await confirmHolidayYear({ year: form.get("year"), source: form.get("source") }, actor);
    revalidatePath(PATH);
    return { status: "ok" };
  });
}
