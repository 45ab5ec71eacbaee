import "server-only";
import { invalidateReference } from "./cache";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { recordAudit } from "../audit/store";
import { afterPublicContentChanged } from "../publication/public-cache";
import type { Actor } from "../users/user-store";
import { ZLicenseTypeStandardInput } from "./schemas";
import { updateLicenseTypeRow } from "./store";

export async function updateLicenseTypeStandard(input: unknown, actor: Actor): Promise<void> {
  const { code, ...data } = parseOrThrow(ZLicenseTypeStandardInput, input);
  const before = await updateLicenseTypeRow(code, data);
  if (!before) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan");
  invalidateReference("license-types");
  afterPublicContentChanged();
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "reference.licenseType.update",
    target: code,
    detail: {
      slaDays: before.slaDays !== data.slaDays ? [before.slaDays, data.slaDays] : undefined,
      tariff: before.tariff !== data.tariff ? [before.tariff, data.tariff] : undefined,
      agencySlaDays:
        data.agencySlaDays !== undefined && before.agencySlaDays !== data.agencySlaDays
          ? [before.agencySlaDays, data.agencySlaDays]
          : undefined,
      published: before.standardPublished !== data.standardPublished ? data.standardPublished : undefined,
    },
  });
}
