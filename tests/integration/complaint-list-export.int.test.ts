// Issue 16: the staff complaint list as Excel, on the engine of this run — the page's tab, search and order, typed
// dates, the capability of the page (handleComplaints), audited. Complaints use April 2024 and the word "zebrakros".
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { GET } from "@/app/api/v1/complaints/export.xlsx/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { createComplaint } from "@/lib/complaints/intake-store";
import { closeComplaint } from "@/lib/complaints/handling-store";
import { XLSX_HEADER_ROW } from "@/lib/export/xlsx";

const admin = { id: null, label: "test-admin", role: "ADMIN" as const };
const ctx = { params: Promise.resolve({}) };
const tokens: Record<string, string> = {};
const tickets: string[] = [];

beforeAll(async () => {
  for (const role of ["OFFICER", "PLANNER"] as const)
    tokens[role] = (await createApiToken({ name: `complaint-export-${role}`, role }, admin)).token;
  const days = ["2024-04-01", "2024-04-02", "2024-04-03"];
  for (const [i, day] of days.entries()) {
    const c = await createComplaint({
      channel: "web",
      category: "facilities",
      text: `Zebrakros depan kantor pudar (${i + 1})`,
      senderName: `Warga ${i + 1}`,
      receivedAt: new Date(`${day}T02:00:00Z`),
    });
    tickets.push(c.ticketNo);
  }
  // The middle one is closed: the open tab leaves it out.
  const middle = await getDb().complaint.findUniqueOrThrow({ where: { ticketNo: tickets[1] } });
  await closeComplaint(middle.id, admin, new Date("2024-04-04T02:00:00Z"));
});

const download = (query: string, role = "OFFICER") =>
  GET(
    new Request(`http://localhost/api/v1/complaints/export.xlsx?${query}`, {
      headers: { authorization: `Bearer ${tokens[role]}` },
    }),
    ctx,
  );

async function rowsOf(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.arrayBuffer()) as never);
  const sheet = book.getWorksheet("Pengaduan")!;
  const out: unknown[][] = [];
  for (let n = XLSX_HEADER_ROW + 1; n <= sheet.rowCount; n++) out.push((sheet.getRow(n).values as unknown[]).slice(1));
  return { sheet, rows: out };
}

describe("GET /api/v1/complaints/export.xlsx", () => {
  it("follows the list's tab, search and order, with typed dates", async () => {
    const all = await download("filter=all&q=zebrakros&sort=ticket&dir=asc");
    expect(all.status).toBe(200);
    expect(all.headers.get("content-disposition")).toMatch(
      /^attachment; filename="pengaduan-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const { sheet, rows } = await rowsOf(all);
    expect(sheet.getCell("A2").value).toBe("Tampilan: Semua · pencarian: zebrakros");
    expect(rows.map((r) => r[0])).toEqual(tickets);
    expect(rows.map((r) => r[6])).toEqual(["Baru", "Ditutup", "Baru"]);
    expect(rows[0]![1]).toEqual(new Date(Date.UTC(2024, 3, 1)));
    expect(rows[0]![4]).toBe("Warga 1");
    expect(rows[0]![7]).toBeInstanceOf(Date);

    const open = await rowsOf(await download("filter=open&q=zebrakros&sort=received&dir=desc"));
    expect(open.rows.map((r) => r[0])).toEqual([tickets[2], tickets[0]]);
    // Without a tab the download is the page's default: open.
    const byDefault = await rowsOf(await download("q=zebrakros&sort=ticket&dir=asc"));
    expect(byDefault.rows.map((r) => r[0])).toEqual([tickets[0], tickets[2]]);

    expect(await getDb().auditLog.count({ where: { action: "export.complaints", target: "zebrakros" } })).toBe(3);
  });

  it("answers a role without the page's capability with 403 and a wrong tab with 422", async () => {
    expect((await download("filter=all", "PLANNER")).status).toBe(403);
    const wrong = await download("filter=late");
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain("filter harus open, overdue atau all.");
  });
});
