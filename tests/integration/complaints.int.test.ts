import { beforeAll, describe, expect, it } from "vitest";
import { POST as postSms } from "@/app/api/v1/complaints/sms/route";
import { GET as getSummary } from "@/app/api/v1/complaints/summary/route";
import { resetEnvCache } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { createComplaint } from "@/lib/complaints/intake-store";
import { answerComplaint, closeComplaint, resolveComplaint } from "@/lib/complaints/handling-store";
import { getComplaintKpis, getPublicComplaintStatus } from "@/lib/complaints/queries";
import { signGatewayBody } from "@/lib/complaints/gateway-auth";
import { categoryCounts } from "@/lib/complaints/metrics.fixtures";

const SECRET = "sms-gateway-secret-for-tests";
const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "test-admin", role: "ADMIN" as const };

function useAuthMode(mode: "token" | "hmac") {
  process.env.LENTERA_SMS_SECRET = SECRET;
  process.env.LENTERA_SMS_AUTH_MODE = mode;
  resetEnvCache();
}

function smsJson(body: unknown, headers: Record<string, string> = { "x-gateway-token": SECRET }): Promise<Response> {
  return postSms(
    new Request("http://localhost/api/v1/complaints/sms", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
    ctx,
  );
}

let phoneCounter = 100;
const nextPhone = () => `0812${String(5550000 + (phoneCounter += 1)).padStart(7, "0")}`;

beforeAll(() => useAuthMode("token"));

describe("POST /api/v1/complaints/sms", () => {
  it("a JSON message becomes a ticket with a deadline and a queued acknowledgement", async () => {
    const phone = nextPhone();
    const res = await smsJson({
      from: phone,
      text: "Izin PBG saya sudah 2 bulan belum selesai",
      receivedAt: "2026-02-02T02:00:00Z",
      messageId: "json-1",
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { ticketNo: string; deadlineOn: string; duplicate: boolean };
    expect(body.ticketNo).toMatch(/^PGD-2026-\d{6}$/);
    expect(body.deadlineOn).toBe("2026-02-09");
    expect(body.duplicate).toBe(false);
    const stored = await getDb().complaint.findUniqueOrThrow({ where: { ticketNo: body.ticketNo } });
    expect(stored).toMatchObject({
      channel: "sms",
      category: "time",
      status: "new",
      receivedOn: "2026-02-02",
      senderPhone: `+62${phone.slice(1)}`,
    });
    const outbox = await getDb().outboxMessage.findMany({ where: { complaintId: stored.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0].body).toContain(body.ticketNo);
    expect(outbox[0].recipient).toBe(`+62${phone.slice(1)}`);
  });

  it("the gateway's small answers: 1990 refused, too-long fields named, +62 0… is the same sender, body limit in KB (issue 14 item 8)", async () => {
    const old = await smsJson({
      from: nextPhone(),
      text: "Pesan lama sekali",
      receivedAt: "1990-01-01T00:00:00Z",
      messageId: "json-1990",
    });
    expect(old.status).toBe(422);
    expect(((await old.json()) as { error: { fields: Record<string, string> } }).error.fields.receivedAt).toBe(
      "receivedAt paling lama 366 hari sebelum sekarang",
    );
    expect(await getDb().complaint.count({ where: { year: 1990 } })).toBe(0);
    const long = await smsJson({ from: "0".repeat(41), text: "Isi", messageId: "m".repeat(201) });
    expect(long.status).toBe(422);
    expect(((await long.json()) as { error: { fields: Record<string, string> } }).error.fields).toMatchObject({
      from: "from paling banyak 40 karakter",
      messageId: "messageId paling banyak 200 karakter",
    });
    const a = await smsJson({ from: "+62085200000077", text: "Antrian lama di loket", messageId: "json-trunk-a" });
    const b = await smsJson({ from: "+6285200000077", text: "Antrian lama di loket lagi", messageId: "json-trunk-b" });
    const senders = await Promise.all(
      [a, b].map(
        async (r) =>
          (
            await getDb().complaint.findUniqueOrThrow({
              where: { ticketNo: ((await r.json()) as { ticketNo: string }).ticketNo },
            })
          ).senderPhone,
      ),
    );
    expect(senders).toEqual(["+6285200000077", "+6285200000077"]);
    const big = await postSms(
      new Request("http://localhost/api/v1/complaints/sms", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-gateway-token": SECRET,
          "content-length": String(300 * 1024),
        },
        body: "x".repeat(300 * 1024),
      }),
      ctx,
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe(
      "Isi permintaan melebihi 256 KB.",
    );
  });

  it("a form-encoded gateway post (From, Body, MessageSid) becomes a ticket", async () => {
    const form = new URLSearchParams({
      From: "whatsapp:+6285600011122",
      Body: "Petugas minta uang rokok",
      MessageSid: "SM-form-1",
    }).toString();
    const res = await postSms(
      new Request("http://localhost/api/v1/complaints/sms", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-gateway-token": SECRET },
        body: form,
      }),
      ctx,
    );
    expect(res.status).toBe(201);
    const { ticketNo } = (await res.json()) as { ticketNo: string };
    expect(await getDb().complaint.findUnique({ where: { ticketNo } })).toMatchObject({
      senderPhone: "+6285600011122",
      category: "fee",
      text: "Petugas minta uang rokok",
    });
  });

  it("a retried message id returns the same ticket and never a second complaint, also concurrently", async () => {
    const phone = nextPhone();
    const message = { from: phone, text: "Antrean loket lama sekali", messageId: "retry-1" };
    const first = (await (await smsJson(message)).json()) as { ticketNo: string };
    const retry = await smsJson(message);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ ticketNo: first.ticketNo, duplicate: true });

    const concurrent = { from: nextPhone(), text: "Parkir penuh terus", messageId: "retry-concurrent" };
    const responses = await Promise.all(Array.from({ length: 4 }, () => smsJson(concurrent)));
    const tickets = await Promise.all(responses.map(async (r) => ((await r.json()) as { ticketNo: string }).ticketNo));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(tickets).size).toBe(1);
    expect(await getDb().inboundMessage.count({ where: { messageId: { in: ["retry-1", "retry-concurrent"] } } })).toBe(
      2,
    );
    expect(await getDb().complaint.count({ where: { ticketNo: { in: [first.ticketNo, tickets[0]] } } })).toBe(2);
    expect(await getDb().complaint.count({ where: { text: "Parkir penuh terus" } })).toBe(1);
  });

  it("concurrent distinct messages get distinct consecutive ticket numbers", async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        smsJson({ from: nextPhone(), text: `Pengaduan serentak ${i}`, messageId: `parallel-${i}` }),
      ),
    );
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const sequences = (
      await getDb().complaint.findMany({
        where: { text: { startsWith: "Pengaduan serentak" } },
        select: { sequence: true },
      })
    )
      .map((c) => c.sequence)
      .sort((a, b) => a - b);
    expect(sequences).toHaveLength(6);
    expect(sequences[5] - sequences[0]).toBe(5);
  });

  it("401 for a wrong or missing token", async () => {
    const before = await getDb().complaint.count();
    const wrong = await smsJson(
      { from: nextPhone(), text: "halo", messageId: "auth-1" },
      { "x-gateway-token": "wrong-secret-123456789" },
    );
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    expect((await smsJson({ from: nextPhone(), text: "halo", messageId: "auth-2" }, {})).status).toBe(401);
    expect(await getDb().complaint.count()).toBe(before);
  });

  it("HMAC mode: a valid signature of the raw body passes, a wrong one or a token gets 401", async () => {
    useAuthMode("hmac");
    try {
      const raw = JSON.stringify({ from: nextPhone(), text: "Syarat NIB membingungkan", messageId: "hmac-1" });
      const send = (headers: Record<string, string>, body = raw) =>
        postSms(
          new Request("http://localhost/api/v1/complaints/sms", {
            method: "POST",
            headers: { "content-type": "application/json", ...headers },
            body,
          }),
          ctx,
        );
      expect((await send({ "x-signature": signGatewayBody("not-the-secret-000000", raw) })).status).toBe(401);
      expect((await send({ "x-gateway-token": SECRET })).status).toBe(401);
      expect((await send({ "x-signature": signGatewayBody(SECRET, raw) }, raw.replace("NIB", "SIUP"))).status).toBe(
        401,
      );
      const ok = await send({ "x-signature": `sha256=${signGatewayBody(SECRET, raw)}` });
      expect(ok.status).toBe(201);
    } finally {
      useAuthMode("token");
    }
  });

  it("422 with a clear field message for empty or oversized text", async () => {
    const empty = await smsJson({ from: nextPhone(), text: "   ", messageId: "empty-1" });
    expect(empty.status).toBe(422);
    expect(await empty.json()).toMatchObject({
      error: { code: "VALIDATION", fields: { text: "Isi pengaduan kosong" } },
    });
    const oversized = await smsJson({ from: nextPhone(), text: "x".repeat(2001), messageId: "big-1" });
    expect(oversized.status).toBe(422);
    expect(await oversized.json()).toMatchObject({
      error: { fields: { text: "Isi pengaduan paling banyak 2000 karakter" } },
    });
    const formEmpty = await postSms(
      new Request("http://localhost/api/v1/complaints/sms", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-gateway-token": SECRET },
        body: new URLSearchParams({ From: nextPhone(), Body: "", MessageSid: "SM-empty" }).toString(),
      }),
      ctx,
    );
    expect(formEmpty.status).toBe(422);
    expect(await formEmpty.json()).toMatchObject({ error: { fields: { Body: "Isi pengaduan kosong" } } });
    expect(await getDb().inboundMessage.count({ where: { messageId: { in: ["empty-1", "big-1", "SM-empty"] } } })).toBe(
      0,
    );
  });

  it("a flooding sender is rate-limited, and its first messages all become tickets", async () => {
    const phone = nextPhone();
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i += 1) {
      const res = await smsJson({ from: phone, text: `Pesan banjir nomor ${i}`, messageId: `flood-${i}` });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const kept = await getDb().complaint.findMany({
      where: { senderPhone: `+62${phone.slice(1)}` },
      orderBy: { sequence: "asc" },
    });
    expect(kept.map((c) => c.text)).toEqual([1, 2, 3, 4, 5].map((i) => `Pesan banjir nomor ${i}`));
    // A gateway retry of an already ticketed message still gets its ticket while the sender is limited.
    const retry = await smsJson({ from: phone, text: "Pesan banjir nomor 1", messageId: "flood-1" });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ ticketNo: kept[0].ticketNo });
  });
});

describe("GET /api/v1/complaints/summary", () => {
  let leadershipToken = "";
  let officerToken = "";
  beforeAll(async () => {
    leadershipToken = (await createApiToken({ name: "dash", role: "LEADERSHIP" }, admin)).token;
    officerToken = (await createApiToken({ name: "desk", role: "OFFICER" }, admin)).token;
    const mk = (receivedAt: string, category: "time" | "fee" | "behaviour" | "other", text: string) =>
      createComplaint({ channel: "web", category, text, receivedAt: new Date(receivedAt) });
    // Hand-computed against the 2025 SKB calendar (see the comments).
    const p = await mk("2025-04-08T02:00:00Z", "time", "P"); // Tue 8 Apr, due 15 Apr
    await answerComplaint({ complaintId: p.id, body: "Sedang kami proses" }, admin, new Date("2025-04-09T03:00:00Z")); // 1 wd
    await resolveComplaint(p.id, admin, new Date("2025-04-10T03:00:00Z")); // 2 wd, on time
    await mk("2025-03-31T03:00:00Z", "time", "Q outside the period");
    const r = await mk("2025-04-17T09:00:00Z", "fee", "R"); // Thu 17 Apr, 18 Apr Good Friday → due 25 Apr
    await answerComplaint(
      { complaintId: r.id, body: "Sudah ditindaklanjuti" },
      admin,
      new Date("2025-04-28T02:00:00Z"),
    ); // 6 wd
    await resolveComplaint(r.id, admin, new Date("2025-04-29T02:00:00Z")); // 7 wd, late
    await mk("2025-05-09T01:00:00Z", "behaviour", "S"); // Fri 9 May, 12 Waisak, 13 cb → due 20 May; never answered
    const t = await mk("2025-05-26T17:30:00Z", "other", "T"); // 00:30 WIB Tue 27 May
    await answerComplaint({ complaintId: t.id, body: "Duplikat" }, admin, new Date("2025-05-28T01:00:00Z")); // 1 wd
    await closeComplaint(t.id, admin, new Date("2025-05-28T02:00:00Z"));
  });

  const get = (query: string, token?: string) =>
    getSummary(
      new Request(`http://localhost/api/v1/complaints/summary${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
      ctx,
    );

  it("needs LEADERSHIP or ADMIN", async () => {
    expect((await get("?from=2025-04-01&to=2025-05-31")).status).toBe(401);
    expect((await get("?from=2025-04-01&to=2025-05-31", officerToken)).status).toBe(403);
  });

  it("422 names a bad parameter", async () => {
    const res = await get("?from=2025-04-01&to=2025-13-01", leadershipToken);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("to");
  });

  it("equals the hand computation", async () => {
    const res = await get("?from=2025-04-01&to=2025-05-31", leadershipToken);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      received: 4,
      byCategory: categoryCounts({ time: 1, fee: 1, behaviour: 1, other: 1 }),
      byStatus: { new: 1, assigned: 0, answered: 0, resolved: 2, closed: 1 },
      answered: 3,
      resolved: 2,
      overdue: 1,
      medianWorkingDaysToFirstAnswer: 1, // [1, 1, 6]
      medianWorkingDaysToResolution: 4.5, // [2, 7]
      resolvedWithinDeadline: 1,
      deadlineDecided: 3, // P, R resolved + S overdue; T closed unresolved is out
      resolvedWithinDeadlinePercent: 33.3,
      trend: [
        { month: "2025-04", received: 2, medianWorkingDaysToResolution: 4.5, resolvedWithinDeadlinePercent: 50 },
        { month: "2025-05", received: 2, medianWorkingDaysToResolution: null, resolvedWithinDeadlinePercent: 0 },
      ],
    });
  });

  it("leadership KPIs agree with the summary; the status page shows only status and answer", async () => {
    const kpis = await getComplaintKpis({ from: "2025-04-01", to: "2025-05-31", today: "2026-11-29" });
    expect(kpis).toMatchObject({
      received: 4,
      resolvedWithinDeadlinePercent: 33.3,
      medianWorkingDaysToResolution: 4.5,
    });
    const openOverdue = await getDb().complaint.count({
      where: { status: { in: ["new", "assigned", "answered"] }, deadlineOn: { lt: "2026-11-29" } },
    });
    expect(kpis.overdueCount).toBe(openOverdue);
    const p = await getDb().complaint.findFirstOrThrow({ where: { text: "P" } });
    expect(p.checkCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const status = await getPublicComplaintStatus(p.ticketNo.toLowerCase(), p.checkCode!.toLowerCase());
    expect(status).toMatchObject({ ticketNo: p.ticketNo, status: "resolved", publicAnswer: "Sedang kami proses" });
    expect(status).not.toHaveProperty("text");
    expect(status).not.toHaveProperty("senderPhone");
    expect(status).not.toHaveProperty("checkCode");
    // The sequential number alone, or with a wrong code, shows nothing: the sequence cannot be walked.
    expect(await getPublicComplaintStatus(p.ticketNo)).toBeNull();
    const wrong = p.checkCode === "AAAAAA" ? "BBBBBB" : "AAAAAA";
    expect(await getPublicComplaintStatus(p.ticketNo, wrong)).toBeNull();
    expect(await getPublicComplaintStatus("PGD-2025-999999")).toBeNull();
  });
});

describe("handling rules", () => {
  it("uses the default handling category's deadline (admin-edited), and desk entries are audited", async () => {
    const { enterStaffComplaint } = await import("@/lib/complaints/intake-store");
    const { saveHandlingCategory } = await import("@/lib/complaints/handling-category-store");
    const biasa = {
      code: "biasa",
      name: "Pengaduan biasa",
      nameEn: "Ordinary complaint",
      isDefault: "on",
      active: "true",
    };
    await saveHandlingCategory({ ...biasa, deadlineDays: "10" }, admin);
    try {
      const created = await createComplaint({
        channel: "desk",
        category: "other",
        text: "Sepuluh hari",
        receivedAt: new Date("2026-02-02T02:00:00Z"),
      });
      expect(created.deadlineOn).toBe("2026-02-18"); // 3–13 Feb = 9 working days, 16 cuti bersama and 17 Imlek closed
    } finally {
      await saveHandlingCategory({ ...biasa, deadlineDays: "5" }, admin);
    }
    const desk = await enterStaffComplaint(
      { channel: "phone", category: "behaviour", text: "Petugas menjawab telepon dengan kasar", phone: "081299990000" },
      admin,
      new Date("2026-02-02T02:00:00Z"),
    );
    expect(desk.deadlineOn).toBe("2026-02-09");
    expect(await getDb().auditLog.count({ where: { action: "complaint.create", target: desk.ticketNo } })).toBe(1);
  });

  it("answers an SMS sender through the outbox, refuses to resolve without an answer, masks phones for non-admins", async () => {
    const { assignComplaint } = await import("@/lib/complaints/handling-store");
    const { listComplaints, getComplaintDetail } = await import("@/lib/complaints/queries");
    const phone = nextPhone();
    const res = await smsJson({ from: phone, text: "Toilet rusak", messageId: "handling-1" });
    const { ticketNo } = (await res.json()) as { ticketNo: string };
    const complaint = await getDb().complaint.findUniqueOrThrow({ where: { ticketNo } });
    await expect(resolveComplaint(complaint.id, admin, new Date())).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(assignComplaint({ complaintId: complaint.id, assigneeId: "nobody" }, admin)).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(answerComplaint({ complaintId: complaint.id, body: "  " }, admin, new Date())).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await answerComplaint({ complaintId: complaint.id, body: "Toilet sudah diperbaiki." }, admin, new Date());
    const messages = await getDb().outboxMessage.findMany({
      where: { complaintId: complaint.id },
      orderBy: { createdAt: "asc" },
    });
    expect(messages).toHaveLength(2); // acknowledgement + answer
    expect(messages[1].body).toContain("Toilet sudah diperbaiki.");
    await resolveComplaint(complaint.id, admin, new Date());
    await expect(answerComplaint({ complaintId: complaint.id, body: "lagi" }, admin, new Date())).rejects.toMatchObject(
      { code: "CONFLICT" },
    );

    const full = `+62${phone.slice(1)}`;
    const masked = `${full.slice(0, 6)}${"*".repeat(full.length - 9)}${full.slice(-3)}`;
    const today = "2026-11-29";
    expect((await getComplaintDetail(complaint.id, "ADMIN", today))?.senderPhone).toBe(full);
    expect((await getComplaintDetail(complaint.id, "OFFICER", today))?.senderPhone).toBe(masked);
    const officerRows = await listComplaints({ status: "all", today, take: 1000 }, "OFFICER");
    expect(officerRows.find((r) => r.ticketNo === ticketNo)?.sender).toBe(masked);
    expect(officerRows.some((r) => r.sender === full)).toBe(false);
  });
});
