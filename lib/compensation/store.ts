import "server-only";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { recordActorAudit } from "../audit/store";
import { toWibDate } from "../calendar/working-days";
import { getLicenseTypeByCode } from "../reference/queries";
import type { Actor } from "../users/user-store";
import { ZCompensationRecord, ZCompensationStatus } from "./schemas";

/** Records that service fell short of the standard and what was offered (audited). */
export async function createCompensationRecord(input: unknown, actor: Actor, now: Date) {
  const data = parseOrThrow(ZCompensationRecord, input);
  if (data.occurredOn > toWibDate(now))
    throw new AppError("VALIDATION", "Tanggal di masa depan.", {
      fields: { occurredOn: "Tanggal tidak boleh setelah hari ini" },
    });
  const licenseType = data.licenseType ? await getLicenseTypeByCode(data.licenseType) : null;
  if (data.licenseType && !licenseType)
    throw new AppError("VALIDATION", "Jenis izin tidak dikenal.", {
      fields: { licenseType: "Pilih jenis izin dari daftar" },
    });
  const record = await getDb().compensationRecord.create({
    data: {
      occurredOn: data.occurredOn,
      licenseTypeId: licenseType?.id ?? null,
      applicationNo: data.applicationNo ?? null,
      ticketNo: data.ticketNo ?? null,
      component: data.component,
      shortfall: data.shortfall,
      kind: data.kind,
      offered: data.offered,
      amount: data.amount ?? null,
      status: data.status,
      recordedById: actor.id,
      recordedBy: actor.label,
    },
  });
  await recordActorAudit(actor, "compensation.create", record.id, {
    occurredOn: record.occurredOn,
    component: record.component,
    kind: record.kind,
    amount: record.amount,
  });
  return record;
}

export async function setCompensationStatus(input: unknown, actor: Actor) {
  const { id, status } = parseOrThrow(ZCompensationStatus, input);
  const before = await getDb().compensationRecord.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError("NOT_FOUND", "Catatan kompensasi tidak ditemukan.");
  await getDb().compensationRecord.update({ where: { id }, data: { status } });
  await recordActorAudit(actor, "compensation.status", id, { from: before.status, to: status });
}
