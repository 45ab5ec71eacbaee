import "server-only";
import { getPublicOrigin } from "../site/public-url";
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { checkRateLimit } from "../security/rate-limit";
import { recordActorAudit } from "../audit/store";
import { toWibDate } from "../calendar/working-days";
import type { Actor } from "../users/user-store";
import { randomBytes } from "node:crypto";
import {
  CHECK_CODE_LENGTH,
  checkCodeFromBytes,
  formatTicketNumber,
  guessCategory,
  normalizePhone,
  type ComplaintCategory,
  type ComplaintChannel,
} from "./complaint-rules";
import { complaintDeadline } from "./metrics";
import { listHandlingCategories, loadComplaintCalendar, loadDeadlineDays } from "./handling-category-queries";
import { calendarWarningsForDays, type CalendarWarning } from "../calendar/coverage";
import { acknowledgementText, getOutboundAdapter } from "./outbox-store";
import type { TGatewayMessage, TStaffComplaint, TWebComplaint } from "./schemas";

export type NewComplaint = {
  channel: ComplaintChannel;
  category: ComplaintCategory;
  text: string;
  receivedAt: Date;
  senderName?: string;
  senderPhone?: string | null;
  senderEmail?: string;
  applicationNo?: string;
  createdById?: string | null;
  /** Handling category code chosen at the desk; otherwise the office's default category until verification. */
  handlingCategory?: string;
  /** Issue 18, a ticket from the survey's thank-you screen: the low element, the licence type, the consent. */
  surveyElement?: string;
  licenseTypeId?: number | null;
  consentAt?: Date;
  /** A one-time key of the intake (hash of the thank-you token's nonce): the same key returns the same ticket. */
  intakeKey?: string;
};

/** A gateway may deliver a queued message late (phone offline for months), but not older than a year (days). */
export const GATEWAY_MAX_AGE_DAYS = 366;

export type CreatedComplaint = {
  id: string;
  ticketNo: string;
  checkCode: string | null;
  deadlineOn: string;
  isDuplicate: boolean;
  calendarWarnings?: CalendarWarning[];
};

/** Messages one sender may text in the window before the gateway is told to back off (the first ones all count). */
export const SMS_SENDER_LIMIT = 5;
export const SMS_SENDER_WINDOW_MS = 10 * 60 * 1000;

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code?: string }).code === "P2002"
  );
}

/**
 * Stores a complaint with the next ticket number of its year, its working-day deadline and (when a phone is known)
 * a queued acknowledgement — all in one transaction. Ticket numbers come from max(sequence)+1 under a unique
 * (year, sequence) constraint; two concurrent intakes that pick the same number make one retry. With `inbound`,
 * the gateway message id is stored in the same transaction: a retried delivery finds it and gets the same ticket.
 */
export async function createComplaint(
  input: NewComplaint,
  inbound?: { messageId: string; sender: string },
): Promise<CreatedComplaint> {
  const db = getDb();
  const [calendar, categories, settingDays] = await Promise.all([
    loadComplaintCalendar(db),
    listHandlingCategories({}, db),
    loadDeadlineDays(db),
  ]);
  const chosen = input.handlingCategory ? categories.find((c) => c.code === input.handlingCategory) : undefined;
  if (input.handlingCategory && !chosen) {
    throw new AppError("VALIDATION", "Kategori penanganan tidak dikenal.", {
      fields: { handlingCategory: "Kategori penanganan tidak dikenal." },
    });
  }
  // No category marked default: the office-wide setting (default 5 working days) applies until verification.
  const category = chosen ?? categories.find((c) => c.isDefault) ?? null;
  const deadlineDays = category?.deadlineDays ?? settingDays;
  const receivedOn = toWibDate(input.receivedAt);
  const year = Number(receivedOn.slice(0, 4));
  const deadlineOn = complaintDeadline(calendar, receivedOn, deadlineDays);
  const calendarWarnings = calendarWarningsForDays(calendar, receivedOn, deadlineOn);
  const adapter = getOutboundAdapter();
  const publicOrigin = await getPublicOrigin();

  const findDuplicate = async (): Promise<CreatedComplaint | null> => {
    const select = { id: true, ticketNo: true, checkCode: true, deadlineOn: true } as const;
    if (input.intakeKey) {
      const complaint = await db.complaint.findUnique({ where: { intakeKey: input.intakeKey }, select });
      return complaint ? { ...complaint, isDuplicate: true } : null;
    }
    if (!inbound) return null;
    const existing = await db.inboundMessage.findUnique({ where: { messageId: inbound.messageId } });
    if (!existing?.complaintId) return null;
    const complaint = await db.complaint.findUnique({ where: { id: existing.complaintId }, select });
    return complaint ? { ...complaint, isDuplicate: true } : null;
  };

  const duplicate = await findDuplicate();
  if (duplicate) return duplicate;

  for (let attempt = 0; attempt < 12; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const last = await tx.complaint.findFirst({
          where: { year },
          orderBy: { sequence: "desc" },
          select: { sequence: true },
        });
        const sequence = (last?.sequence ?? 0) + 1;
        const ticketNo = formatTicketNumber(year, sequence);
        const checkCode = checkCodeFromBytes(randomBytes(CHECK_CODE_LENGTH));
        const complaint = await tx.complaint.create({
          data: {
            ticketNo,
            checkCode,
            year,
            sequence,
            channel: input.channel,
            category: input.category,
            text: input.text,
            senderName: input.senderName ?? null,
            senderPhone: input.senderPhone ?? null,
            senderEmail: input.senderEmail ?? null,
            applicationNo: input.applicationNo ?? null,
            receivedAt: input.receivedAt,
            receivedOn,
            deadlineOn,
            originalDeadlineOn: deadlineOn,
            handlingCategory: category?.code ?? null,
            surveyElement: input.surveyElement ?? null,
            licenseTypeId: input.licenseTypeId ?? null,
            consentAt: input.consentAt ?? null,
            intakeKey: input.intakeKey ?? null,
            createdById: input.createdById ?? null,
          },
          select: { id: true, ticketNo: true, checkCode: true, deadlineOn: true },
        });
        if (inbound) {
          await tx.inboundMessage.create({
            data: {
              messageId: inbound.messageId,
              sender: inbound.sender,
              text: input.text,
              receivedAt: input.receivedAt,
              complaintId: complaint.id,
              outcome: "ticket",
            },
          });
        }
        if (input.senderPhone) {
          await adapter.enqueue(tx, {
            channel: "sms",
            recipient: input.senderPhone,
            body: acknowledgementText(ticketNo, publicOrigin, checkCode),
            complaintId: complaint.id,
          });
        }
        return { ...complaint, isDuplicate: false, calendarWarnings };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const again = await findDuplicate(); // a concurrent delivery of the same message won the race
      if (again) return again;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(Math.random() * 20 * (attempt + 1))));
    }
  }
  throw new AppError("CONFLICT", "Nomor tiket sedang sibuk dibuat. Silakan kirim ulang.");
}

/**
 * One message from the SMS/WhatsApp gateway. Idempotent by message id (a retry returns the first ticket, whatever
 * the rate limit says); a sender over SMS_SENDER_LIMIT messages in SMS_SENDER_WINDOW_MS gets 429 for the surplus
 * only, so the first messages of a flood always become tickets.
 */
export async function receiveGatewayMessage(message: TGatewayMessage, now: Date): Promise<CreatedComplaint> {
  const db = getDb();
  const existing = await db.inboundMessage.findUnique({ where: { messageId: message.messageId } });
  if (existing?.complaintId) {
    const complaint = await db.complaint.findUnique({
      where: { id: existing.complaintId },
      select: { id: true, ticketNo: true, checkCode: true, deadlineOn: true },
    });
    if (complaint) return { ...complaint, isDuplicate: true };
  }
  const phone = normalizePhone(message.from);
  if (!phone)
    throw new AppError("VALIDATION", "Nomor pengirim tidak valid.", { fields: { from: "Nomor pengirim tidak valid" } });
  const limit = checkRateLimit("complaints-sms", phone, SMS_SENDER_LIMIT, SMS_SENDER_WINDOW_MS, now.getTime());
  if (!limit.ok) {
    throw new AppError("RATE_LIMITED", "Terlalu banyak pesan dari nomor ini. Kirim ulang nanti.", {
      retryAfterSeconds: limit.retryAfterSeconds,
    });
  }
  // A receivedAt older than the gateway could plausibly have held a message is refused (it would open a ticket in
  // a past year, e.g. PGD-1990-…); one in the future (gateway clock skew) is clamped to now.
  if (message.receivedAt && message.receivedAt.getTime() < now.getTime() - GATEWAY_MAX_AGE_DAYS * 86_400_000) {
    throw new AppError("VALIDATION", "receivedAt terlalu lama.", {
      fields: { receivedAt: `receivedAt paling lama ${GATEWAY_MAX_AGE_DAYS} hari sebelum sekarang` },
    });
  }
  const receivedAt = message.receivedAt && message.receivedAt <= now ? message.receivedAt : now;
  return createComplaint(
    { channel: "sms", category: guessCategory(message.text), text: message.text, receivedAt, senderPhone: phone },
    { messageId: message.messageId, sender: phone },
  );
}

/** A complaint from the public web form (abuse checks happen in the action before this). */
export async function fileWebComplaint(input: TWebComplaint, now: Date): Promise<CreatedComplaint> {
  return createComplaint(formComplaintFields(input, "web", now));
}

/** The stored fields of a complaint typed into a form (public or desk); the phone number normalised or rejected. */
function formComplaintFields(
  input: TWebComplaint | TStaffComplaint,
  channel: Parameters<typeof createComplaint>[0]["channel"],
  now: Date,
) {
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone)
    throw new AppError("VALIDATION", "Nomor telepon tidak valid.", { fields: { phone: "Nomor telepon tidak valid" } });
  return {
    channel,
    category: input.category,
    text: input.text,
    receivedAt: now,
    senderName: input.name,
    senderPhone: phone,
    senderEmail: input.email,
    applicationNo: input.applicationNo,
  };
}

/** A complaint received at the desk or by phone, entered by staff (optionally already in its handling category). */
export async function enterStaffComplaint(input: TStaffComplaint, actor: Actor, now: Date): Promise<CreatedComplaint> {
  const created = await createComplaint({
    ...formComplaintFields(input, input.channel, now),
    createdById: actor.id,
    handlingCategory: input.handlingCategory,
  });
  await recordActorAudit(actor, "complaint.create", created.ticketNo, { channel: input.channel });
  return created;
}
