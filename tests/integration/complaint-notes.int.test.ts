// Complaint history notes stored structured (ComplaintNote.data, issue 19) on the engine of this run: every workflow
// step writes its checked JSON, and the migration's backfill turns the text notes written before it into the same
// shape (run again here over rows inserted as the old code wrote them). Complaints use March 2024 dates.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createComplaint } from "@/lib/complaints/intake-store";
import * as handling from "@/lib/complaints/handling-store";
import { readNoteData } from "@/lib/complaints/note-data";

const admin = { id: null, label: "test-admin", role: "ADMIN" as const };

async function stepsOf(complaintId: string) {
  const notes = await getDb().complaintNote.findMany({ where: { complaintId }, orderBy: { id: "asc" } });
  return notes.map((n) => ({ kind: n.kind, body: n.body, step: readNoteData(n.data) }));
}

describe("the workflow writes each step as structured data", () => {
  it("assign, category, verification, extension, answer, resolve and close", async () => {
    const officer = await getDb().user.create({
      data: { email: "notes-officer@example.test", name: "Budi Petugas", role: "OFFICER", passwordHash: "x" },
    });
    // Mon 4 Mar 2024; biasa +5 → 5, 6, 7, 8 (11 Mar Isra Mikraj, 12 Mar Nyepi) … the deadline is whatever the
    // calendar gives: the notes must carry exactly the days the complaint row holds.
    const c = await createComplaint({
      channel: "web",
      category: "time",
      text: "Izin belum selesai",
      receivedAt: new Date("2024-03-04T02:00:00Z"),
    });
    await handling.assignComplaint({ complaintId: c.id, assigneeId: officer.id }, admin);
    await handling.changeComplaintCategory({ complaintId: c.id, category: "fee" }, admin);
    await handling.verifyComplaint(
      { complaintId: c.id, verdict: "ours", handlingCategory: "cek_lapangan" },
      admin,
      new Date("2024-03-05T02:00:00Z"),
    );
    const verified = await getDb().complaint.findUniqueOrThrow({ where: { id: c.id } });
    const extendedTo = await handling.extendComplaintDeadline(
      { complaintId: c.id, extraDays: 3, reason: "cek lapangan: pemohon di luar kota" },
      admin,
      new Date("2024-03-06T02:00:00Z"),
    );
    await handling.answerComplaint(
      { complaintId: c.id, body: "Sudah kami cek." },
      admin,
      new Date("2024-03-07T02:00:00Z"),
    );
    await handling.resolveComplaint(c.id, admin, new Date("2024-03-08T02:00:00Z"));
    await handling.closeComplaint(c.id, admin, new Date("2024-03-09T02:00:00Z"));

    expect(await stepsOf(c.id)).toEqual([
      { kind: "status", body: "", step: { event: "assigned", name: "Budi Petugas" } },
      { kind: "status", body: "", step: { event: "categoryChanged", from: "time", to: "fee" } },
      {
        kind: "status",
        body: "",
        step: { event: "verifiedOurs", category: "cek_lapangan", days: 14, deadline: verified.deadlineOn },
      },
      {
        kind: "extension",
        body: "cek lapangan: pemohon di luar kota",
        step: {
          event: "extended",
          from: verified.deadlineOn,
          to: extendedTo,
          days: 3,
          reason: "cek lapangan: pemohon di luar kota",
        },
      },
      { kind: "answer", body: "Sudah kami cek.", step: null },
      { kind: "status", body: "", step: { event: "resolved" } },
      { kind: "status", body: "", step: { event: "closed" } },
    ]);
  });

  it("a verification as not ours keeps its reason", async () => {
    const c = await createComplaint({
      channel: "web",
      category: "other",
      text: "Air PDAM mati",
      receivedAt: new Date("2024-03-04T03:00:00Z"),
    });
    await handling.verifyComplaint(
      { complaintId: c.id, verdict: "not_ours", reason: "Urusan PDAM, silakan hubungi 0354-123" },
      admin,
      new Date("2024-03-05T02:00:00Z"),
    );
    expect(await stepsOf(c.id)).toEqual([
      {
        kind: "status",
        body: "Urusan PDAM, silakan hubungi 0354-123",
        step: { event: "verifiedNotOurs", reason: "Urusan PDAM, silakan hubungi 0354-123" },
      },
    ]);
  });
});

/** The backfill statements of this engine's migration (everything after its "-- Backfill" comment). */
function backfillStatements(): string[] {
  const dir = path.join("prisma", inject("databaseEngine"), "migrations");
  const folder = readdirSync(dir).find((name) => name.endsWith("_complaint_note_data"));
  if (!folder) throw new Error("migration complaint_note_data not found");
  const sql = readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
  const backfill = sql.slice(sql.indexOf("-- Backfill"));
  return backfill
    .split(/;\s*\n/)
    .map((s) => s.replace(/^--.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}

describe("the migration's backfill of text notes", () => {
  it("converts every form the old code wrote and leaves free notes, answers and broken forms as written", async () => {
    const c = await createComplaint({
      channel: "web",
      category: "time",
      text: "Catatan lama",
      receivedAt: new Date("2024-03-04T04:00:00Z"),
    });
    const legacy: [string, string][] = [
      ["status", "assigned:Budi Petugas"],
      ["status", "category:time→fee"],
      ["status", "verified:ours:cek_lapangan:14:2024-03-22"],
      ["status", "verified:not_ours: urusan PDAM"],
      ["status", "resolved"],
      ["status", "closed"],
      ["extension", "2024-03-22 → 2024-03-27 (+3): cek lapangan: pemohon di luar kota\nbaris kedua"],
      ["note", "assigned:looks like a form but is a note"],
      ["answer", "resolved"],
      ["status", "verified:ours:broken"],
      ["status", "verified:ours:a:b:5:2024-03-22"],
      ["extension", "tanpa format"],
      ["extension", "2024-03-22 → 2024-03-27 (+x): alasan"],
    ];
    for (const [kind, body] of legacy) {
      await getDb().complaintNote.create({ data: { complaintId: c.id, kind, body, author: "lama" } });
    }
    for (const statement of backfillStatements()) await getDb().$executeRawUnsafe(statement);

    const steps = await stepsOf(c.id);
    expect(steps.map((s) => s.step)).toEqual([
      { event: "assigned", name: "Budi Petugas" },
      { event: "categoryChanged", from: "time", to: "fee" },
      { event: "verifiedOurs", category: "cek_lapangan", days: 14, deadline: "2024-03-22" },
      { event: "verifiedNotOurs", reason: "urusan PDAM" },
      { event: "resolved" },
      { event: "closed" },
      {
        event: "extended",
        from: "2024-03-22",
        to: "2024-03-27",
        days: 3,
        reason: "cek lapangan: pemohon di luar kota\nbaris kedua",
      },
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    // The bodies stay as they were written.
    expect(steps.map((s) => s.body)).toEqual(legacy.map(([, body]) => body));
  });
});
