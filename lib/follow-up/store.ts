import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { recordActorAudit } from "../audit/store";
import { toWibDate } from "../calendar/working-days";
import { parsePeriodKey } from "../periods/periods";
import { getActiveUser, type Actor } from "../users/user-store";
import { getSkmSummaryForFilter } from "../skm/summary-queries";
import { checkAttachment } from "./attachments";
import { canManageFollowUps, canWorkOnFollowUp, transitionProblem } from "./rules";
import { ZFollowUpAction, ZFollowUpProgress } from "./schemas";

function forbidden(): AppError {
  return new AppError("FORBIDDEN", "Anda hanya dapat memperbarui tindak lanjut yang menjadi tanggung jawab Anda.");
}

async function requireOwnerExists(ownerUserId: string | undefined): Promise<void> {
  if (!ownerUserId) return;
  if (!(await getActiveUser(ownerUserId))) {
    throw new AppError("VALIDATION", "Penanggung jawab tidak ditemukan atau tidak aktif.", {
      fields: { ownerUserId: "Pilih petugas yang aktif" },
    });
  }
}

/**
 * Creates a follow-up action (leadership and administrators). The source code must belong to its kind (an SKM 2017
 * element, a complaint category, a processing stage); for an element the period's NRR is kept as the baseline.
 */
export async function createFollowUpAction(input: unknown, actor: Actor, now: Date) {
  if (!canManageFollowUps(actor.role))
    throw new AppError("FORBIDDEN", "Hanya pimpinan atau admin yang membuat tindak lanjut.");
  const data = parseOrThrow(ZFollowUpAction, input);
  const startDay = toWibDate(now);
  if (data.dueDay < startDay) {
    throw new AppError("VALIDATION", "Tenggat sudah lewat.", {
      fields: { dueDay: "Tenggat tidak boleh sebelum hari ini" },
    });
  }
  await requireOwnerExists(data.ownerUserId);
  const period = parsePeriodKey(data.periodKey)!;
  let baselineNrr: number | null = null;
  if (data.sourceKind === "element") {
    const summary = await getSkmSummaryForFilter({ from: period.from, to: period.to, questionnaire: "SKM-2017" });
    baselineNrr = summary.elements.find((e) => e.code === data.sourceCode)?.nrr ?? null;
  }
  const action = await getDb().followUpAction.create({
    data: {
      periodKey: period.key,
      sourceKind: data.sourceKind,
      sourceCode: data.sourceCode,
      title: data.title,
      description: data.description ?? "",
      ownerUserId: data.ownerUserId ?? null,
      ownerUnit: data.ownerUnit ?? null,
      startDay,
      dueDay: data.dueDay,
      baselineNrr,
      createdById: actor.id,
      createdBy: actor.label,
    },
  });
  await recordActorAudit(actor, "followup.create", action.id, {
    periodKey: action.periodKey,
    source: `${action.sourceKind}:${action.sourceCode}`,
    ownerUserId: action.ownerUserId,
    ownerUnit: action.ownerUnit,
    dueDay: action.dueDay,
  });
  return action;
}

async function loadAction(id: string) {
  const action = await getDb().followUpAction.findUnique({
    where: { id },
    include: { _count: { select: { attachments: true } } },
  });
  if (!action) throw new AppError("NOT_FOUND", "Tindak lanjut tidak ditemukan.");
  return action;
}

/** Leadership re-assigns, reschedules or rewords an action (status is moved with progressFollowUpAction). */
export async function updateFollowUpAction(id: string, input: unknown, actor: Actor) {
  if (!canManageFollowUps(actor.role))
    throw new AppError("FORBIDDEN", "Hanya pimpinan atau admin yang mengubah tindak lanjut.");
  const before = await loadAction(id);
  const data = parseOrThrow(ZFollowUpAction, input);
  await requireOwnerExists(data.ownerUserId);
  await getDb().followUpAction.update({
    where: { id },
    data: {
      title: data.title,
      description: data.description ?? "",
      ownerUserId: data.ownerUserId ?? null,
      ownerUnit: data.ownerUnit ?? null,
      dueDay: data.dueDay,
    },
  });
  await recordActorAudit(actor, "followup.update", id, {
    dueDay: before.dueDay === data.dueDay ? undefined : { from: before.dueDay, to: data.dueDay },
    ownerUserId:
      before.ownerUserId === (data.ownerUserId ?? null)
        ? undefined
        : { from: before.ownerUserId, to: data.ownerUserId },
  });
}

const PROBLEM_MESSAGES = {
  not_allowed: ["status", "Perubahan status ini tidak diizinkan untuk Anda."],
  needs_reason: ["dropReason", "Tuliskan alasan membatalkan tindak lanjut."],
  needs_evidence: ["evidenceText", "Lampirkan bukti (uraian atau berkas) sebelum menandai selesai."],
} as const;

/**
 * Records progress: a new status with its evidence text (done) or reason (dropped). The owner or leadership only;
 * done stamps today's WIB day as doneDay, reopening clears it.
 */
export async function progressFollowUpAction(id: string, input: unknown, actor: Actor, now: Date) {
  const action = await loadAction(id);
  const data = parseOrThrow(ZFollowUpProgress, input);
  const evidenceText = data.evidenceText || action.evidenceText;
  if (data.status === action.status) {
    if (!canWorkOnFollowUp(actor, action)) throw forbidden();
    await getDb().followUpAction.update({ where: { id }, data: { evidenceText } });
    await recordActorAudit(actor, "followup.evidence", id);
    return;
  }
  const problem = transitionProblem(actor, action, data.status, {
    dropReason: data.dropReason,
    evidenceText,
    attachmentCount: action._count.attachments,
  });
  if (problem === "forbidden") throw forbidden();
  if (problem) {
    const [field, message] = PROBLEM_MESSAGES[problem];
    throw new AppError("VALIDATION", message, { fields: { [field]: message } });
  }
  const today = toWibDate(now);
  await getDb().followUpAction.update({
    where: { id },
    data: {
      status: data.status,
      evidenceText,
      doneDay: data.status === "done" ? today : null,
      dropReason: data.status === "dropped" ? data.dropReason : null,
    },
  });
  await recordActorAudit(actor, "followup.status", id, {
    from: action.status,
    to: data.status,
    ...(data.dropReason ? { reason: data.dropReason } : {}),
  });
}

/**
 * Attaches an evidence file (owner or leadership). The file is checked by content and size (422 otherwise) and
 * stored in the database with its SHA-256.
 */
export async function addFollowUpAttachment(
  id: string,
  file: { name: string; bytes: Uint8Array },
  options: { isPublic: boolean },
  actor: Actor,
) {
  const action = await loadAction(id);
  if (!canWorkOnFollowUp(actor, action)) throw forbidden();
  const checked = checkAttachment(file);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const attachment = await getDb().followUpAttachment.create({
    data: {
      actionId: id,
      fileName: checked.fileName,
      mediaType: checked.mediaType,
      size: checked.size,
      sha256,
      isPublic: options.isPublic,
      content: new Uint8Array(file.bytes),
      uploadedById: actor.id,
      uploadedBy: actor.label,
    },
    select: { id: true, fileName: true, mediaType: true, size: true, sha256: true, isPublic: true, createdAt: true },
  });
  await recordActorAudit(actor, "followup.attachment.add", id, {
    attachmentId: attachment.id,
    fileName: attachment.fileName,
    size: attachment.size,
    isPublic: options.isPublic,
  });
  return attachment;
}

/** Shows an evidence file to the public (on published reports) or hides it again (owner or leadership). */
export async function setAttachmentPublic(attachmentId: string, isPublic: boolean, actor: Actor) {
  const attachment = await getDb().followUpAttachment.findUnique({
    where: { id: attachmentId },
    select: { actionId: true, action: { select: { ownerUserId: true } } },
  });
  if (!attachment) throw new AppError("NOT_FOUND", "Lampiran tidak ditemukan.");
  if (!canWorkOnFollowUp(actor, attachment.action)) throw forbidden();
  await getDb().followUpAttachment.update({ where: { id: attachmentId }, data: { isPublic } });
  await recordActorAudit(actor, "followup.attachment.visibility", attachment.actionId, { attachmentId, isPublic });
}
