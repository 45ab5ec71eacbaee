import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { GET as getAuditXlsx } from "@/app/api/v1/audit/export.xlsx/route";
import { GET as getTokensXlsx } from "@/app/api/v1/tokens/export.xlsx/route";
import { getDb } from "@/lib/db/client";
import { XLSX_HEADER_ROW } from "@/lib/export/xlsx";
import { createApiToken } from "@/lib/users/user-store";

// Issue 16: the lists' Excel downloads follow the page's filters, search and order, on both engines. Five audit
// entries of one test actor in 2009 (nobody else writes there) and two tokens named "ekspor-daftar …".
const system = { id: null, label: "test", role: "ADMIN" as const };
const ctx = { params: Promise.resolve({}) };
const ACTOR = "ekspor@uji.go.id";
let adminToken = "";
let plannerToken = "";

beforeAll(async () => {
  adminToken = (await createApiToken({ name: "ekspor-daftar admin", role: "ADMIN" }, system)).token;
  plannerToken = (await createApiToken({ name: "ekspor-daftar planner", role: "PLANNER" }, system)).token;
  const at = (instant: string) => new Date(instant);
  await getDb().auditLog.createMany({
    data: [
      { actor: ACTOR, action: "user.create", target: "satu", at: at("2009-03-01T16:59:00Z") }, // 1 Mar 23.59 WIB
      { actor: ACTOR, action: "user.create", target: "dua", at: at("2009-03-01T17:00:00Z") }, // 2 Mar 00.00 WIB
      {
        actor: ACTOR,
        action: "user.update",
        target: "tiga",
        detail: '{"role":"PLANNER"}',
        at: at("2009-03-02T02:00:00Z"),
      },
      { actor: ACTOR, action: "user.create", target: "empat", at: at("2009-03-03T03:15:00Z") },
      { actor: ACTOR, action: "user.create", target: "lima", at: at("2009-03-04T01:00:00Z") }, // 4 Mar: outside
    ],
  });
});

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.arrayBuffer()) as never);
  expect(book.worksheets).toHaveLength(1);
  return book.worksheets[0];
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.rowCount - XLSX_HEADER_ROW }, (_, i) =>
    (sheet.getRow(XLSX_HEADER_ROW + 1 + i).values as unknown[]).slice(1),
  );

describe("audit log download", () => {
  const url = (query: string) => `http://localhost/api/v1/audit/export.xlsx?${query}`;
  const get = (query: string, token = adminToken) =>
    getAuditXlsx(new Request(url(query), { headers: { authorization: `Bearer ${token}` } }), ctx);

  it("writes every entry of the action, actor and WIB days asked, oldest first, with typed WIB times", async () => {
    const response = await get(
      `actor=${ACTOR}&action=user.create&from=2009-03-02&to=2009-03-03&sort=at&dir=asc&page=3`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="log-audit-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const sheet = await sheetOf(response);
    expect(sheet.getCell("A2").value).toBe(
      "Tindakan: Pengguna dibuat · Pelaku: ekspor@uji.go.id · Dari tanggal: 2 Maret 2009 · Sampai tanggal: 3 Maret 2009 — Urutan seperti di halaman",
    );
    expect(rowsOf(sheet)).toEqual([
      [new Date("2009-03-02T00:00:00Z"), ACTOR, "Pengguna dibuat", "user.create", "dua"],
      [new Date("2009-03-03T10:15:00Z"), ACTOR, "Pengguna dibuat", "user.create", "empat"],
    ]);
  });

  it("searches the detail and sorts newest first by default; the export itself is audited with its filter", async () => {
    const sheet = await sheetOf(await get(`actor=${ACTOR}&q=planner`));
    expect(rowsOf(sheet)).toEqual([
      [new Date("2009-03-02T09:00:00Z"), ACTOR, "Pengguna diubah", "user.update", "tiga", "role: PLANNER"],
    ]);
    const entry = await getDb().auditLog.findFirst({ where: { action: "export.auditLog" }, orderBy: { id: "desc" } });
    expect(entry?.target).toBe("planner");
    expect(JSON.parse(entry?.detail ?? "{}")).toEqual({ actor: ACTOR, sort: "at", dir: "desc", rows: 1 });
  });

  it("refuses a planner (the page is for administrators) with 403 and no credentials with 401", async () => {
    expect((await get("", plannerToken)).status).toBe(403);
    expect((await getAuditXlsx(new Request(url("")), ctx)).status).toBe(401);
  });
});

describe("API token download", () => {
  it("follows the search and the name order, never the secrets", async () => {
    const response = await getTokensXlsx(
      new Request("http://localhost/api/v1/tokens/export.xlsx?q=ekspor-daftar&sort=name&dir=desc", {
        headers: { authorization: `Bearer ${adminToken}` },
      }),
      ctx,
    );
    expect(response.status).toBe(200);
    const rows = rowsOf(await sheetOf(response));
    expect(rows.map((row) => [row[0], row[2], row[6]])).toEqual([
      ["ekspor-daftar planner", "Perencana", "Aktif"],
      ["ekspor-daftar admin", "Administrator", "Aktif"],
    ]);
    expect(JSON.stringify(rows)).not.toContain(adminToken);
  });
});
