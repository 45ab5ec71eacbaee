"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { importKbliTable, removeKbliTable } from "@/lib/investment/kbli-store";
import { ZKbliTableImport, ZKbliVersion } from "@/lib/investment/schemas";
import { parseOrThrow } from "@/lib/validation/parse";

const PATH = "/staf/admin/kbli";

/** An admin loads the official KBLI table of one version (replaces that version's table; audited). */
export async function importKbliTableAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return toActionState(form, async () => {
    const actor = await requireActionCapability("manageReferenceData");
    const input = parseOrThrow(ZKbliTableImport, { version: form.get("version"), source: form.get("source") });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new AppError("VALIDATION", "Pilih berkas CSV atau Excel.", {
        fields: { file: "Pilih berkas CSV atau Excel." },
      });
    const result = await importKbliTable(input, new Uint8Array(await file.arrayBuffer()), actor);
    revalidatePath(PATH);
    return {
      status: "ok",
      data: { version: result.version, codes: String(result.codes), skipped: String(result.skipped) },
    };
  });
}

export async function removeKbliTableAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("manageReferenceData");
  await removeKbliTable(parseOrThrow(ZKbliVersion, form.get("version")), actor);
  revalidatePath(PATH);
}
