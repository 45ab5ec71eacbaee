import "server-only";
import { getDb } from "../db/client";
import { validationError } from "../errors";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { ZHandlingCategoryInput } from "./schemas";

/**
 * Creates or edits a handling category (ADMIN). A new deadline applies to complaints verified from then on;
 * deadlines already set are promises made and stay. Marking one default unmarks the others. Audited.
 */
export async function saveHandlingCategory(input: unknown, actor: Actor): Promise<void> {
  const parsed = ZHandlingCategoryInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "Kategori penanganan tidak valid.");
  const { code, ...data } = parsed.data;
  const db = getDb();
  await db.$transaction(async (tx) => {
    if (data.isDefault)
      await tx.complaintHandlingCategory.updateMany({ where: { code: { not: code } }, data: { isDefault: false } });
    const last = await tx.complaintHandlingCategory.findFirst({
      orderBy: { sortOrder: "desc" },
      select: { sortOrder: true },
    });
    await tx.complaintHandlingCategory.upsert({
      where: { code },
      create: { code, ...data, sortOrder: (last?.sortOrder ?? 0) + 1 },
      update: data,
    });
  });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "complaint.category.save",
    target: code,
    detail: data,
  });
}
