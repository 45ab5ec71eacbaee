import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { listAuditPage } from "@/lib/audit/queries";
import { AUDIT_TABLE } from "@/lib/audit/schemas";
import { parseTableParams } from "@/lib/table/schemas";

// Issue 16: the staff lists count, sort, search and cut their pages in the database. 25 hand-made files TBL-01…TBL-25
// (every fifth one by "Budi Santoso", the 3rd and 4th issued) and six audit entries of one test actor.
const system = { id: null, label: "test", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";
const number = (index: number) => String(index).padStart(2, "0");
const ROWS = Array.from({ length: 25 }, (_, i) => {
  const n = i + 1;
  const name = n % 5 === 0 ? "Budi Santoso" : `Pemohon Tabel ${number(n)}`;
  const issued = n === 3 || n === 4;
  const day = `2026-03-${number(n + 2 > 28 ? 28 : n + 2)}`;
  return `TBL-${number(n)},SPPL,${name},individual,Kota,Kemasan,${day}T09:00,${issued ? `${day}T15:00` : ""},${issued ? "issued" : "in_process"},,L1,,,,,`;
});

const applications = (raw: Record<string, string>) => listApplicationsPage(parseTableParams(APPLICATION_TABLE, raw));

beforeAll(async () => {
  const result = await importApplicationsCsv([HEADER, ...ROWS].join("\n"), { actor: system });
  expect(result).toMatchObject({ committed: true, imported: 25 });
  const at = (instant: string) => new Date(instant);
  await getDb().auditLog.createMany({
    data: [
      { actor: "tabel@uji.go.id", action: "user.create", target: "a", at: at("2026-11-30T16:59:00Z") }, // 30 Nov WIB
      { actor: "tabel@uji.go.id", action: "user.create", target: "b", at: at("2026-11-30T17:00:00Z") }, // 1 Dec WIB
      { actor: "tabel@uji.go.id", action: "auth.signin.success", at: at("2026-12-01T02:00:00Z") },
      {
        actor: "tabel@uji.go.id",
        action: "user.update",
        target: "c",
        detail: '{"role":"PLANNER"}',
        at: at("2026-12-02T02:00:00Z"),
      },
      { actor: "tabel@uji.go.id", action: "auth.signout", at: at("2026-12-02T16:59:59Z") }, // 2 Dec 23:59:59 WIB
      { actor: "tabel@uji.go.id", action: "auth.signout", at: at("2026-12-02T17:00:00Z") }, // 3 Dec WIB
    ],
  });
});

describe("applications list", () => {
  it("finds the 25 files by prefix, 10 a page: page 2 holds TBL-11…TBL-20 in number order", async () => {
    const page = await applications({ q: "tbl-", sort: "registrationNo", size: "10", page: "2" });
    expect(page).toMatchObject({ total: 25, page: 2, pageCount: 3, from: 11, to: 20 });
    expect(page.rows.map((row) => row.registrationNo)).toEqual(
      Array.from({ length: 10 }, (_, i) => `TBL-${number(i + 11)}`),
    );
  });

  it("reads the last page for a page past the end, and sorts descending", async () => {
    const page = await applications({ q: "TBL-", sort: "registrationNo", dir: "desc", size: "10", page: "9" });
    expect(page).toMatchObject({ total: 25, page: 3, from: 21, to: 25 });
    expect(page.rows.map((row) => row.registrationNo)).toEqual(["TBL-05", "TBL-04", "TBL-03", "TBL-02", "TBL-01"]);
  });

  it("searches applicant names in any letter case, ties in number order", async () => {
    const page = await applications({ q: "budi santoso", sort: "applicant" });
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.registrationNo)).toEqual(["TBL-05", "TBL-10", "TBL-15", "TBL-20", "TBL-25"]);
  });

  it("sorts by applicant name descending across the whole list, not one page", async () => {
    const page = await applications({ q: "tabel", sort: "applicant", dir: "desc", size: "10" });
    expect(page.total).toBe(20);
    expect(page.rows[0]).toMatchObject({ registrationNo: "TBL-24", applicantName: "Pemohon Tabel 24" });
    // 24, 23, 22, 21, 19, 18, 17, 16, 14, 13 (every fifth is Budi Santoso).
    expect(page.rows[9].registrationNo).toBe("TBL-13");
  });

  it("lists without search text only files in progress (the issued TBL-03 and TBL-04 are left out)", async () => {
    const open = await getDb().application.count({ where: { status: { in: ["in_process", "returned"] } } });
    const page = await applications({ size: "100" });
    expect(page.total).toBe(open);
    expect(page.rows.every((row) => row.status === "in_process" || row.status === "returned")).toBe(true);
    expect(open).toBeGreaterThanOrEqual(23);
  });
});

describe("audit log", () => {
  const audit = (raw: Record<string, string>, filter: Partial<Parameters<typeof listAuditPage>[0]> = {}) =>
    listAuditPage({ action: "", actor: "tabel@uji", from: "", to: "", ...filter }, parseTableParams(AUDIT_TABLE, raw));

  it("filters by actor (part of it, any case), newest first", async () => {
    const page = await audit({}, { actor: "TABEL@UJI" });
    expect(page.total).toBe(6);
    expect(page.rows.map((row) => row.action)).toEqual([
      "auth.signout",
      "auth.signout",
      "user.update",
      "auth.signin.success",
      "user.create",
      "user.create",
    ]);
  });

  it("filters by action and by a range of WIB days, both ends included", async () => {
    expect((await audit({}, { action: "user.create" })).rows.map((row) => row.target)).toEqual(["b", "a"]);
    const december = await audit({ sort: "at", dir: "asc" }, { from: "2026-12-01", to: "2026-12-02" });
    expect(december.rows.map((row) => row.target ?? row.action)).toEqual([
      "b",
      "auth.signin.success",
      "c",
      "auth.signout",
    ]);
  });

  it("searches target and detail text and pages in the database", async () => {
    expect((await audit({ q: "planner" })).rows.map((row) => row.target)).toEqual(["c"]);
    const second = await audit({ size: "10", page: "1", sort: "action", dir: "asc" });
    expect(second.rows.map((row) => row.action)).toEqual([
      "auth.signin.success",
      "auth.signout",
      "auth.signout",
      "user.create",
      "user.create",
      "user.update",
    ]);
  });
});

describe("SMS outbox", () => {
  it("pages and searches the messages in the database, newest first", async () => {
    const { OUTBOX_TABLE, listOutboxPage } = await import("@/lib/complaints/outbox-queries");
    const base = Date.parse("2026-12-01T01:00:00Z");
    await getDb().outboxMessage.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        channel: "sms",
        recipient: `+6289900000${number(i + 1)}`,
        body: i === 6 ? "Tiket TBL-777 sudah SELESAI" : `Pesan uji tabel ${i + 1}`,
        createdAt: new Date(base + i * 60_000),
      })),
    });
    const outbox = (raw: Record<string, string>) => listOutboxPage(parseTableParams(OUTBOX_TABLE, raw));
    const second = await outbox({ q: "+62899000", size: "10", page: "2" });
    expect(second).toMatchObject({ total: 12, page: 2, pageCount: 2, from: 11, to: 12 });
    expect(second.rows.map((m) => m.recipient)).toEqual(["+628990000002", "+628990000001"]);
    expect((await outbox({ q: "tbl-777 sudah selesai" })).rows.map((m) => m.recipient)).toEqual(["+628990000007"]);
  });
});
