"use server";
import { revalidatePath } from "next/cache";
import { requireActionCapability } from "@/lib/auth/session";
import { undoOssImport } from "@/lib/oss/undo-store";

/** Undoes the latest standing OSS import (PLANNER, ADMIN); the page lists the outcome. */
export async function undoOssImportAction(form: FormData): Promise<void> {
  const actor = await requireActionCapability("importOssProjects");
  await undoOssImport({ importId: String(form.get("id") ?? ""), actor, now: new Date() });
  revalidatePath("/staf/investasi/oss");
  revalidatePath("/staf/investasi");
}
