import "server-only";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { recordAudit } from "../audit/store";
import { parseOrThrow } from "../validation/parse";
import type { Actor } from "../users/user-store";
import { getLicenseTypeByCode, listAreas } from "../reference/queries";
import { ZCampaignInput } from "./schemas";

/** Campaign data as stored: the kecamatan and licence type checked against the reference data. */
async function campaignData(input: unknown) {
  const c = parseOrThrow(ZCampaignInput, input, "Data kampanye tidak valid. Periksa kolom yang ditandai.");
  const [areas, licenseType] = await Promise.all([
    c.kecamatanCode ? listAreas() : [],
    c.licenseType ? getLicenseTypeByCode(c.licenseType) : null,
  ]);
  const kecamatan = areas.find((k) => k.code === c.kecamatanCode);
  if (c.kecamatanCode && !kecamatan)
    throw new AppError("VALIDATION", "Kecamatan tidak dikenal.", {
      fields: { kecamatanCode: "Kecamatan tidak dikenal." },
    });
  if (c.licenseType && !licenseType)
    throw new AppError("VALIDATION", "Jenis izin tidak dikenal.", {
      fields: { licenseType: "Jenis izin tidak dikenal." },
    });
  return {
    name: c.name,
    channel: c.channel,
    startDay: c.startDay,
    endDay: c.endDay,
    kecamatanCode: c.kecamatanCode,
    topic: c.topic,
    licenseTypeId: licenseType?.id ?? null,
    cost: c.cost,
    note: c.note,
  };
}

/** Records an outreach campaign (admin); audited. */
export async function createCampaign(input: unknown, actor: Actor, db: Db = getDb()): Promise<{ id: string }> {
  const data = await campaignData(input);
  const row = await db.outreachCampaign.create({ data: { ...data, createdById: actor.id, createdBy: actor.label } });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "outreach.create", target: row.id, detail: data });
  return { id: row.id };
}

/** Corrects a campaign's record (admin); audited with the values before and after. */
export async function updateCampaign(id: string, input: unknown, actor: Actor, db: Db = getDb()): Promise<void> {
  const before = await db.outreachCampaign.findUnique({ where: { id } });
  if (!before) throw new AppError("NOT_FOUND", "Kampanye tidak ditemukan.");
  const data = await campaignData(input);
  await db.outreachCampaign.update({ where: { id }, data });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "outreach.update",
    target: id,
    detail: { before: { ...before, createdAt: undefined, updatedAt: undefined }, after: data },
  });
}

/** Deletes a campaign; false (nothing written) when it is already gone, e.g. a form sent twice. */
export async function deleteCampaign(id: string, actor: Actor, db: Db = getDb()): Promise<boolean> {
  const row = await db.outreachCampaign.findUnique({ where: { id } });
  if (!row) return false;
  await db.outreachCampaign.delete({ where: { id } });
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "outreach.delete",
    target: id,
    detail: { name: row.name, channel: row.channel, startDay: row.startDay, endDay: row.endDay, cost: row.cost },
  });
  return true;
}
