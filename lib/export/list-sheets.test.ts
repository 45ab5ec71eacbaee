import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { auditListSheet, listSubtitle, missingReportListSheet, tokenListSheet } from "./list-sheets";
import { XLSX_HEADER_ROW, writeXlsx } from "./xlsx";
import { readBack } from "./xlsx.fixtures";

async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  return (await readBack(bytes)).worksheets[0];
}
const row = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
const created = new Date("2026-12-06T03:00:00Z");

describe("list sheets", () => {
  it("audit log: WIB date-time cells, the action in words beside its code, ISO days in words", async () => {
    const table = auditListSheet(
      [
        {
          id: 7,
          at: new Date("2026-12-05T17:30:00Z"), // 6 Dec 2026 00:30 WIB
          actor: "admin@lentera.demo",
          action: "auth.signin.success",
          target: "libur 2026-08-17",
          detail: '{"from":"2026-07-01","rows":3}',
        },
      ],
      "id",
      { q: "admin", filters: ["Tindakan: Masuk berhasil"] },
    );
    const sheet = await firstSheet(await writeXlsx([table], { created }));
    expect(sheet.name).toBe("Log audit");
    expect(sheet.getCell("A2").value).toBe('Pencarian: "admin" · Tindakan: Masuk berhasil — Urutan seperti di halaman');
    expect(row(sheet, XLSX_HEADER_ROW)).toEqual(["Waktu", "Pelaku", "Tindakan", "Kode tindakan", "Sasaran", "Rincian"]);
    const at = sheet.getCell(XLSX_HEADER_ROW + 1, 1);
    expect(at.value).toEqual(new Date("2026-12-06T00:30:00Z"));
    expect(at.numFmt).toBe("d mmmm yyyy hh:mm");
    expect(row(sheet, XLSX_HEADER_ROW + 1).slice(1)).toEqual([
      "admin@lentera.demo",
      "Masuk berhasil",
      "auth.signin.success",
      "libur 17 Agustus 2026",
      "from: 1 Juli 2026\nrows: 3",
    ]);
  });

  it("API tokens in English: status from revocation and expiry against now, empty last use left empty", async () => {
    const now = new Date("2026-12-06T03:00:00Z");
    const base = { prefix: "lnt_ab12", role: "OFFICER", createdAt: new Date("2026-01-02T01:00:00Z"), lastUsedAt: null };
    const table = tokenListSheet(
      [
        { ...base, id: "a", name: "kiosk", revokedAt: null, expiresAt: new Date("2027-01-01T00:00:00Z") },
        { ...base, id: "b", name: "old", revokedAt: null, expiresAt: new Date("2026-12-01T00:00:00Z") },
        { ...base, id: "c", name: "gone", revokedAt: new Date("2026-03-01T00:00:00Z"), expiresAt: null },
      ],
      "en",
      { q: "" },
      now,
    );
    const sheet = await firstSheet(await writeXlsx([table], { created }));
    expect(sheet.getCell("A2").value).toBe("All rows, in the order of the page");
    expect(row(sheet, XLSX_HEADER_ROW)[6]).toBe("Status");
    expect([5, 6, 7].map((n) => sheet.getCell(n, 7).value)).toEqual(["Active", "Expired", "Revoked"]);
    expect(sheet.getCell(5, 5).value).toBeNull();
    expect(sheet.getCell(5, 4).value).toEqual(new Date("2026-01-02T08:00:00Z"));
  });

  it("LKPM missing list: day as a date, reports filed and due and the planned rupiah as numbers", async () => {
    const table = missingReportListSheet(
      [
        {
          id: "x",
          registrationNo: "KDR-20250105-000001",
          applicantName: null,
          scale: "kecil",
          issuedDay: "2025-01-05",
          plannedInvestment: 5_000_000_000n,
          realisedInvestment: 0n,
          ratio: null,
          due: 3,
          filed: 1,
          lastDue: "2026-S1",
        },
      ],
      "id",
      { q: "KDR" },
      "2026-12-06",
    );
    const sheet = await firstSheet(await writeXlsx([table], { created }));
    expect(sheet.getCell("A2").value).toBe('Per 6 Desember 2026 · Pencarian: "KDR" — Urutan seperti di halaman');
    expect(row(sheet, XLSX_HEADER_ROW + 1)).toEqual([
      "KDR-20250105-000001",
      undefined, // no applicant name: an empty cell
      "Kecil",
      new Date("2025-01-05T00:00:00Z"),
      "Semester I 2026",
      1,
      3,
      5_000_000_000,
    ]);
    expect(sheet.getCell(XLSX_HEADER_ROW + 1, 8).numFmt).toBe('"Rp "#,##0');
  });

  it("subtitle without search or filters says every row", () => {
    expect(listSubtitle("id", { q: "", filters: [] })).toBe("Semua baris, diurutkan seperti di halaman");
  });
});
