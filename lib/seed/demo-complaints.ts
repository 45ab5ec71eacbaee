import "server-only";
import type { Db } from "../db/client";
import {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  toWibDate,
  wibStartOfDay,
  type WorkCalendar,
} from "../calendar/working-days";
import { formatTicketNumber, guessCategory, type ComplaintChannel } from "../complaints/complaint-rules";
import { complaintDeadline, DEFAULT_DEADLINE_WORKING_DAYS } from "../complaints/metrics";
import { loadComplaintCalendar } from "../complaints/handling-category-queries";
import { createHash } from "node:crypto";
import { acknowledgementText } from "../complaints/outbox-store";
import { noteRecord } from "../complaints/note-data";
import { checkCodeFromBytes } from "../complaints/complaint-rules";

/** A demo ticket's check code, derived from its id (no draws from the seeded generator: the demo figures stay put). */
function demoCheckCode(id: string): string {
  return checkCodeFromBytes(createHash("sha256").update(`lentera-demo-check:${id}`).digest());
}
import { createRandom, type Random } from "./random";
import type { DemoSeedOptions } from "./index";

import { ANSWERS, CATEGORY_WEIGHTS, FIRST_NAMES, LAST_NAMES, TEXTS } from "./demo-complaint-texts";

function channelFor(random: Random, progress: number): ComplaintChannel {
  // Web grows from a quarter to half of the complaints over the two years; SMS and desk shrink.
  const web = 25 + 25 * progress;
  return random.weighted<ComplaintChannel>([
    ["sms", 40 - 15 * progress],
    ["web", web],
    ["desk", 25 - 8 * progress],
    ["phone", 10 - 2 * progress],
  ]);
}

function instantOn(day: string, random: Random): Date {
  // Office hours 08:00–15:30 WIB.
  return new Date(wibStartOfDay(day).getTime() + (8 * 60 + random.int(0, 450)) * 60_000);
}

function randomPhone(random: Random): string {
  return `+628${random.pick(["12", "13", "21", "22", "52", "53", "56", "57", "95", "96"])}${String(random.int(10_000_000, 99_999_999))}`;
}

type ComplaintRow = Exclude<NonNullable<Parameters<Db["complaint"]["createMany"]>[0]>["data"], readonly unknown[]>;

/**
 * Two years of complaints before `today` (≈ 25 a month × scale): channels shifting to the web, categories led by
 * processing time, handling getting faster (median resolution ≈ 8 → 3 working days), and a few recent ones still
 * open, some past their deadline. Deterministic (seeded random).
 */
export async function seedDemoComplaints(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.complaint.count()) > 0) return;
  const random = createRandom(8_2026);
  const calendar: WorkCalendar = await loadComplaintCalendar(db);
  const handlers = await db.user.findMany({
    where: { role: { in: ["OFFICER", "ADMIN"] }, active: true },
    select: { id: true, name: true, email: true },
  });
  const today = toWibDate(options.today);
  const start = addCalendarDays(today, -730);
  const perDay = (25 * 12 * options.scale) / 365;
  const sequences = new Map<number, number>();
  const complaints: ComplaintRow[] = [];
  const notes: {
    complaintId: string;
    kind: string;
    body: string;
    data?: string;
    authorId: string | null;
    author: string;
    createdAt: Date;
  }[] = [];
  const outbox: {
    channel: string;
    recipient: string;
    body: string;
    complaintId: string;
    status: string;
    createdAt: Date;
    sentAt: Date | null;
  }[] = [];

  for (let offset = 0; offset <= 730; offset += 1) {
    const day = addCalendarDays(start, offset);
    const progress = offset / 730;
    // Fewer on weekends and holidays (SMS and web only), Poisson-ish by summing chances.
    const expected = isWorkingDay(calendar, day) ? perDay * 1.3 : perDay * 0.3;
    let count = Math.floor(expected);
    if (random.chance(expected - count)) count += 1;
    for (let i = 0; i < count; i += 1) {
      let channel = channelFor(random, progress);
      if (!isWorkingDay(calendar, day) && (channel === "desk" || channel === "phone")) channel = "web";
      const receivedAt = instantOn(day, random);
      const receivedOn = toWibDate(receivedAt);
      if (receivedOn > today) continue;
      const category = channel === "sms" ? undefined : random.weighted(CATEGORY_WEIGHTS);
      const text = random.pick(TEXTS[category ?? random.weighted(CATEGORY_WEIGHTS)]);
      const finalCategory = category ?? guessCategory(text);
      const year = Number(receivedOn.slice(0, 4));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      const id = `demo-pgd-${year}-${sequence}`;
      const deadlineOn = complaintDeadline(calendar, receivedOn, DEFAULT_DEADLINE_WORKING_DAYS);
      // Handling speeds up over the two years: typical first answer 3 → 1 working days, resolution 8 → 3.
      const answerDays = Math.max(0, Math.round(3 - 2 * progress + random.int(-1, 2)));
      const resolveDays = answerDays + Math.max(0, Math.round(4 - 3 * progress + random.int(-2, 3)));
      const answeredOn = addWorkingDays(calendar, receivedOn, answerDays);
      const resolvedOn = addWorkingDays(calendar, receivedOn, resolveDays);
      const isRecent = receivedOn >= addCalendarDays(today, -21); // the current backlog: a quarter still unanswered
      const firstAnsweredAt =
        answeredOn < today && random.chance(isRecent ? 0.75 : 0.97) ? instantOn(answeredOn, random) : null;
      const resolvedAt =
        firstAnsweredAt && resolvedOn < today && random.chance(0.95)
          ? new Date(Math.max(instantOn(resolvedOn, random).getTime(), firstAnsweredAt.getTime()))
          : null;
      const isClosed = resolvedAt !== null && resolvedOn < addCalendarDays(today, -30);
      const assignee = handlers.length ? random.pick(handlers) : null;
      // Old complaints never resolved were closed without resolution (duplicates, unreachable senders).
      const isStale = receivedOn < addCalendarDays(today, -30);
      const status = resolvedAt
        ? isClosed
          ? "closed"
          : "resolved"
        : isStale
          ? "closed"
          : firstAnsweredAt
            ? "answered"
            : assignee && random.chance(0.6)
              ? "assigned"
              : "new";
      const hasPhone = channel === "sms" || channel === "phone" || random.chance(0.5);
      const senderPhone = hasPhone ? randomPhone(random) : null;
      complaints.push({
        id,
        ticketNo: formatTicketNumber(year, sequence),
        checkCode: demoCheckCode(id),
        year,
        sequence,
        channel,
        senderName: channel === "sms" ? null : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        senderPhone,
        senderEmail: channel === "web" && random.chance(0.4) ? `warga${sequence}@contoh.id` : null,
        category: finalCategory,
        applicationNo: random.chance(0.3) ? `PRM-${year}-${String(random.int(1, 9999)).padStart(5, "0")}` : null,
        text,
        status,
        assigneeId: status === "new" ? null : (assignee?.id ?? null),
        receivedAt,
        receivedOn,
        deadlineOn,
        originalDeadlineOn: deadlineOn,
        handlingCategory: "biasa",
        verification: status === "new" ? "pending" : "ours",
        firstAnsweredAt,
        resolvedAt,
        publicAnswer: firstAnsweredAt ? ANSWERS[finalCategory] : null,
        createdById: channel === "desk" || channel === "phone" ? (assignee?.id ?? null) : null,
      });
      if (firstAnsweredAt && assignee) {
        notes.push({
          complaintId: id,
          kind: "answer",
          body: ANSWERS[finalCategory],
          authorId: assignee.id,
          author: assignee.email,
          createdAt: firstAnsweredAt,
        });
      }
      if (resolvedAt && assignee)
        notes.push({
          complaintId: id,
          ...noteRecord("status", { event: "resolved" }),
          authorId: assignee.id,
          author: assignee.email,
          createdAt: resolvedAt,
        });
      if (senderPhone && channel === "sms") {
        const isVeryRecent = receivedOn >= addCalendarDays(today, -14);
        outbox.push({
          channel: "sms",
          recipient: senderPhone,
          body: acknowledgementText(
            formatTicketNumber(year, sequence),
            "https://lentera.kedirikota.go.id",
            demoCheckCode(id),
          ),
          complaintId: id,
          status: isVeryRecent && random.chance(0.3) ? "pending" : "sent",
          createdAt: receivedAt,
          sentAt: isVeryRecent ? null : new Date(receivedAt.getTime() + 30_000),
        });
      }
    }
  }
  const CHUNK = 500;
  for (let i = 0; i < complaints.length; i += CHUNK)
    await db.complaint.createMany({ data: complaints.slice(i, i + CHUNK) });
  for (let i = 0; i < notes.length; i += CHUNK) await db.complaintNote.createMany({ data: notes.slice(i, i + CHUNK) });
  for (let i = 0; i < outbox.length; i += CHUNK) {
    await db.outboxMessage.createMany({
      data: outbox
        .slice(i, i + CHUNK)
        .map((m) => ({ ...m, sentAt: m.status === "sent" ? (m.sentAt ?? m.createdAt) : null })),
    });
  }
}
