import "server-only";
import { publicUrl } from "../site/public-url";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation/parse";
import { recordAudit } from "../audit/store";
import type { Actor } from "../users/user-store";
import { listActiveStaff } from "../users/staff-queries";
import { isOpenStatus, complaintStatusPath } from "./complaint-rules";
import { getOutboundAdapter } from "./outbox-store";
import { listHandlingCategories, loadComplaintCalendar } from "./handling-category-queries";
import { complaintDeadline, extendedDeadline } from "./metrics";
import { noteRecord } from "./note-data";
import {
  ZAssignComplaint,
  ZComplaintAnswer,
  ZComplaintCategoryChange,
  ZComplaintNote,
  ZExtendComplaintDeadline,
  ZVerifyComplaint,
} from "./schemas";

const HANDLER_ROLES = ["ADMIN", "OFFICER"];

async function findComplaint(id: string) {
  const complaint = await getDb().complaint.findUnique({ where: { id } });
  if (!complaint) throw new AppError("NOT_FOUND", "Pengaduan tidak ditemukan.");
  return complaint;
}

type ComplaintChange = Parameters<Db["complaint"]["update"]>[0]["data"];

/** Changes the complaint and adds the workflow step to its history, in one transaction. */
async function changeWithStep(
  complaintId: string,
  change: ComplaintChange,
  step: ReturnType<typeof noteRecord>,
  actor: Actor,
  createdAt?: Date,
): Promise<void> {
  const db = getDb();
  await db.$transaction([
    db.complaint.update({ where: { id: complaintId }, data: change }),
    db.complaintNote.create({ data: { complaintId, ...step, authorId: actor.id, author: actor.label, createdAt } }),
  ]);
}

function requireOpen(status: string): void {
  if (!isOpenStatus(status)) throw new AppError("CONFLICT", "Pengaduan ini sudah selesai atau ditutup.");
}

/** Gives the complaint an owner (ADMIN or OFFICER); a new complaint becomes "assigned". */
export async function assignComplaint(input: unknown, actor: Actor): Promise<void> {
  const { complaintId, assigneeId } = parseOrThrow(ZAssignComplaint, input);
  const complaint = await findComplaint(complaintId);
  requireOpen(complaint.status);
  // Users are lib/users' table: the active staff through its query.
  const assignee = (await listActiveStaff()).find((user) => user.id === assigneeId);
  if (!assignee || !HANDLER_ROLES.includes(assignee.role)) {
    throw new AppError("VALIDATION", "Petugas tidak valid.", { fields: { assigneeId: "Pilih petugas yang aktif" } });
  }
  await changeWithStep(
    complaintId,
    { assigneeId, status: complaint.status === "new" ? "assigned" : complaint.status },
    noteRecord("status", { event: "assigned", name: assignee.name }),
    actor,
  );
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "complaint.assign",
    target: complaint.ticketNo,
    detail: { assigneeId },
  });
}

/** An internal note: staff only, never shown on the public status page. */
export async function addComplaintNote(input: unknown, actor: Actor): Promise<void> {
  const { complaintId, body } = parseOrThrow(ZComplaintNote, input);
  await findComplaint(complaintId);
  await getDb().complaintNote.create({
    data: { complaintId, kind: "note", body, authorId: actor.id, author: actor.label },
  });
}

/** Corrects the category (an SMS category is only a keyword guess). */
export async function changeComplaintCategory(input: unknown, actor: Actor): Promise<void> {
  const { complaintId, category } = parseOrThrow(ZComplaintCategoryChange, input);
  const complaint = await findComplaint(complaintId);
  await changeWithStep(
    complaintId,
    { category },
    noteRecord("status", { event: "categoryChanged", from: complaint.category, to: category }),
    actor,
  );
}

/**
 * The public answer (shown on the status page and texted to an SMS sender). The first answer stamps
 * firstAnsweredAt, the clock for "time to first answer"; later answers replace the text and keep the stamp.
 */
export async function answerComplaint(input: unknown, actor: Actor, now: Date): Promise<void> {
  const { complaintId, body } = parseOrThrow(ZComplaintAnswer, input);
  const complaint = await findComplaint(complaintId);
  requireOpen(complaint.status);
  const db = getDb();
  const adapter = getOutboundAdapter();
  const statusUrl = await publicUrl(complaintStatusPath(complaint.ticketNo, complaint.checkCode));
  await db.$transaction(async (tx) => {
    await tx.complaint.update({
      where: { id: complaintId },
      data: {
        publicAnswer: body,
        status: "answered",
        firstAnsweredAt: complaint.firstAnsweredAt ?? now,
        assigneeId: complaint.assigneeId ?? actor.id,
      },
    });
    await tx.complaintNote.create({
      data: { complaintId, kind: "answer", body, authorId: actor.id, author: actor.label, createdAt: now },
    });
    if (complaint.senderPhone && complaint.channel === "sms") {
      const excerpt = body.length > 90 ? `${body.slice(0, 89)}…` : body;
      await adapter.enqueue(tx, {
        channel: "sms",
        recipient: complaint.senderPhone,
        body: `${complaint.ticketNo}: ${excerpt} ${statusUrl}`,
        complaintId,
      });
    }
  });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "complaint.answer", target: complaint.ticketNo });
}

/** Marks the complaint resolved; it needs a public answer first, so the citizen always sees how it ended. */
export async function resolveComplaint(complaintId: string, actor: Actor, now: Date): Promise<void> {
  const complaint = await findComplaint(complaintId);
  requireOpen(complaint.status);
  if (!complaint.publicAnswer) throw new AppError("CONFLICT", "Tulis jawaban publik sebelum menyelesaikan pengaduan.");
  await changeWithStep(
    complaintId,
    { status: "resolved", resolvedAt: now },
    noteRecord("status", { event: "resolved" }),
    actor,
    now,
  );
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "complaint.resolve", target: complaint.ticketNo });
}

/** Closes a resolved complaint, or an open one that needs no handling (duplicate, spam). */
export async function closeComplaint(complaintId: string, actor: Actor, now: Date): Promise<void> {
  const complaint = await findComplaint(complaintId);
  if (complaint.status === "closed") return;
  await changeWithStep(complaintId, { status: "closed" }, noteRecord("status", { event: "closed" }), actor, now);
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "complaint.close", target: complaint.ticketNo });
}

/**
 * The verification step (issue 13): is this a complaint about our service?
 * - "ours" with a handling category: the deadline becomes the day of receipt + that category's working days, and
 *   that is the original deadline the metrics keep. Only once, and not after an extension.
 * - "not_ours": the reason is the public answer (where the citizen should go instead) and the complaint is closed;
 *   it stays counted as received and is left out of the handling-time figures.
 */
export async function verifyComplaint(input: unknown, actor: Actor, now: Date): Promise<void> {
  const parsed = parseOrThrow(ZVerifyComplaint, input);
  const complaint = await findComplaint(parsed.complaintId);
  requireOpen(complaint.status);
  if (complaint.verification !== "pending") throw new AppError("CONFLICT", "Pengaduan ini sudah diverifikasi.");
  const db = getDb();
  if (parsed.verdict === "ours") {
    const categories = await listHandlingCategories({}, db);
    const category = categories.find((c) => c.code === parsed.handlingCategory);
    if (!category)
      throw new AppError("VALIDATION", "Kategori penanganan tidak dikenal.", {
        fields: { handlingCategory: "Kategori penanganan tidak dikenal." },
      });
    const calendar = await loadComplaintCalendar(db);
    const deadlineOn = complaintDeadline(calendar, complaint.receivedOn, category.deadlineDays);
    await changeWithStep(
      complaint.id,
      {
        verification: "ours",
        verifiedAt: now,
        handlingCategory: category.code,
        deadlineOn,
        originalDeadlineOn: deadlineOn,
      },
      noteRecord("status", {
        event: "verifiedOurs",
        category: category.code,
        days: category.deadlineDays,
        deadline: deadlineOn,
      }),
      actor,
      now,
    );
    await auditVerification(actor, complaint.ticketNo, {
      verdict: "ours",
      handlingCategory: category.code,
      deadlineOn,
    });
    return;
  }
  await changeWithStep(
    complaint.id,
    {
      verification: "not_ours",
      verifiedAt: now,
      status: "closed",
      publicAnswer: parsed.reason,
      firstAnsweredAt: complaint.firstAnsweredAt ?? now,
    },
    noteRecord("status", { event: "verifiedNotOurs", reason: parsed.reason }, parsed.reason),
    actor,
    now,
  );
  await auditVerification(actor, complaint.ticketNo, { verdict: "not_ours" });
}

function auditVerification(actor: Actor, ticketNo: string, detail: Record<string, string>): Promise<void> {
  return recordAudit({ actorId: actor.id, actor: actor.label, action: "complaint.verify", target: ticketNo, detail });
}

/**
 * A documented extension (issue 13): `extraDays` more working days after the deadline in force, with a reason
 * kept on the complaint and in its history. The original deadline is never changed, so the metrics still judge
 * the complaint against what was first promised. Only for open complaints verified as ours.
 */
export async function extendComplaintDeadline(input: unknown, actor: Actor, now: Date): Promise<string> {
  const { complaintId, extraDays, reason } = parseOrThrow(ZExtendComplaintDeadline, input);
  const complaint = await findComplaint(complaintId);
  requireOpen(complaint.status);
  if (complaint.verification !== "ours")
    throw new AppError("CONFLICT", "Verifikasi pengaduan dulu sebelum memperpanjang tenggat.");
  const db = getDb();
  const calendar = await loadComplaintCalendar(db);
  const deadlineOn = extendedDeadline(calendar, complaint.deadlineOn, extraDays);
  await changeWithStep(
    complaintId,
    {
      deadlineOn,
      originalDeadlineOn: complaint.originalDeadlineOn ?? complaint.deadlineOn,
      extensionReason: reason,
      extendedAt: now,
    },
    noteRecord(
      "extension",
      { event: "extended", from: complaint.deadlineOn, to: deadlineOn, days: extraDays, reason },
      reason,
    ),
    actor,
    now,
  );
  await recordAudit({
    actorId: actor.id,
    actor: actor.label,
    action: "complaint.extend",
    target: complaint.ticketNo,
    detail: { from: complaint.deadlineOn, to: deadlineOn, extraDays, reason },
  });
  return deadlineOn;
}
