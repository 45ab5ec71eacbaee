import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createTranslator } from "../i18n/translate";
import { writeXlsx, XLSX_HEADER_ROW } from "../export/xlsx";
import { complaintListTable, type ComplaintExportRow } from "./list-export";

const rows: ComplaintExportRow[] = [
  {
    ticketNo: "PGD-2026-000012",
    // 18:30 UTC is 01:30 WIB the next day: the day of receipt is 2 March.
    receivedAt: new Date("2026-03-01T18:30:00Z"),
    channel: "sms",
    category: "time",
    sender: "0812****0000",
    text: "=SUM(A1) izin lama sekali",
    status: "assigned",
    deadlineOn: "2026-03-09",
    isExtended: true,
    isOverdue: true,
    assigneeName: "Budi Petugas",
  },
  {
    ticketNo: "PGD-2026-000013",
    receivedAt: new Date("2026-03-03T02:00:00Z"),
    channel: "web",
    category: "fee",
    sender: "Sari",
    text: "Tarif tidak jelas",
    status: "new",
    deadlineOn: "2026-03-10",
    isExtended: false,
    isOverdue: false,
    assigneeName: "",
  },
];

async function sheetOf(locale: "id" | "en", view: { tab: "open" | "overdue" | "all"; q: string }) {
  const table = complaintListTable(rows, { t: createTranslator(locale, "complaints"), ...view });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx([table], { created: new Date(0), creator: "test", title: "t" })) as never);
  return book.worksheets[0]!;
}

const line = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(XLSX_HEADER_ROW + n).values as unknown[]).slice(1);

describe("complaintListTable", () => {
  it("writes the page's columns with Indonesian headers, WIB days as dates and flags in words", async () => {
    const sheet = await sheetOf("id", { tab: "overdue", q: "izin" });
    expect(sheet.name).toBe("Pengaduan");
    expect(sheet.getCell("A1").value).toBe("Daftar pengaduan");
    expect(sheet.getCell("A2").value).toBe("Tampilan: Terlambat · pencarian: izin");
    expect(line(sheet, 0)).toEqual([
      "Tiket",
      "Tanggal diterima",
      "Saluran",
      "Kategori",
      "Pengirim",
      "Isi",
      "Status",
      "Batas waktu",
      "Diperpanjang",
      "Terlambat",
      "Petugas",
    ]);
    const first = line(sheet, 1);
    expect(first[0]).toBe("PGD-2026-000012");
    expect(first[1]).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(first[5]).toBe("=SUM(A1) izin lama sekali"); // text, never a formula
    expect(first[7]).toEqual(new Date(Date.UTC(2026, 2, 9)));
    expect([first[8], first[9], first[10]]).toEqual(["Ya", "Ya", "Budi Petugas"]);
    const second = line(sheet, 2);
    expect(second[1]).toEqual(new Date(Date.UTC(2026, 2, 3)));
    // No flags and no assignee: empty cells.
    expect(second.slice(8)).toEqual([]);
  });

  it("names the tab in English without a search", async () => {
    const sheet = await sheetOf("en", { tab: "all", q: "" });
    expect(sheet.getCell("A2").value).toBe("View: All");
    expect(line(sheet, 0)[1]).toBe("Received on");
  });
});
