// Tests of the IO modules of lib/spreadsheet (the reader and the template builder): server-only like them.
import "server-only";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { openSpreadsheet, type SheetRow } from "./read";
import { cellText } from "./cells";
import { mapColumns, rowTexts, type ImportColumn } from "./columns";
import { buildImportTemplate, TEMPLATE_SHEETS } from "./template";

async function all(rows: AsyncGenerator<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

async function xlsx(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Data Proyek"), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("openSpreadsheet (.xlsx)", () => {
  it("finds the header below title rows, keeps typed cells and reports sheet line numbers", async () => {
    const bytes = await xlsx((sheet, workbook) => {
      sheet.addRow(["Data Proyek OSS — Kota Kediri"]);
      sheet.addRow([]);
      sheet.addRow(["id_proyek", "nib", "tanggal_terbit_oss", "jumlah_investasi", "judul_kbli", "catatan"]);
      sheet.addRow([
        "R-1",
        "0012345678901",
        new Date(Date.UTC(2026, 7, 17)),
        1250000000.5,
        { richText: [{ text: "Industri " }, { text: "Roti" }] },
        "x",
      ]);
      sheet.addRow([]);
      sheet.addRow([
        "R-2",
        1234567890123,
        { formula: "1+1", result: 2 },
        "1.250.000,50",
        { text: "tautan", hyperlink: "https://x.test" },
      ]);
      workbook.addWorksheet("Lain").addRow(["bukan ini"]);
    });
    const sheet = await openSpreadsheet({ bytes }, { expectedHeaders: ["id_proyek", "nib", "kbli"] });
    expect(sheet.format).toBe("xlsx");
    expect(sheet.sheetName).toBe("Data Proyek");
    expect(sheet.headerLine).toBe(3);
    expect(sheet.headers).toEqual([
      "id_proyek",
      "nib",
      "tanggal_terbit_oss",
      "jumlah_investasi",
      "judul_kbli",
      "catatan",
    ]);
    const rows = await all(sheet.rows());
    expect(rows.map((row) => row.line)).toEqual([4, 6]);
    expect(rows[0]!.cells).toEqual({
      id_proyek: "R-1",
      nib: "0012345678901",
      tanggal_terbit_oss: new Date(Date.UTC(2026, 7, 17)),
      jumlah_investasi: 1250000000.5,
      judul_kbli: "Industri Roti",
      catatan: "x",
    });
    expect(rows[1]!.cells).toEqual({
      id_proyek: "R-2",
      nib: 1234567890123,
      tanggal_terbit_oss: 2,
      jumlah_investasi: "1.250.000,50",
      judul_kbli: "tautan",
    });
    // A second pass reads the same rows again.
    expect((await all(sheet.rows())).length).toBe(2);
  });

  it("takes the first non-empty row as the header when no expected header matches", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow([]);
      sheet.addRow(["a", "b"]);
      sheet.addRow([1, 2]);
    });
    const sheet = await openSpreadsheet({ bytes }, { expectedHeaders: ["x"] });
    expect(sheet.headerLine).toBe(2);
    expect(await all(sheet.rows())).toEqual([{ line: 3, cells: { a: 1, b: 2 } }]);
  });

  it("reads the same workbook the same way every time (exceljs #3064: the streaming pass lost parts)", async () => {
    const bytes = await xlsx((sheet, workbook) => {
      sheet.addRow(["a", "b"]);
      sheet.addRow(["teks", 1]);
      workbook.addWorksheet("Kedua").addRow(["x"]);
    });
    for (let i = 0; i < 40; i += 1) {
      const sheet = await openSpreadsheet({ bytes });
      expect(sheet.sheetName).toBe("Data Proyek");
      expect(await all(sheet.rows())).toEqual([{ line: 2, cells: { a: "teks", b: 1 } }]);
    }
  });

  it("refuses .xls and damaged .xlsx files with a 422 naming the file", async () => {
    await expect(openSpreadsheet({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { file: "Format .xls tidak didukung." },
    });
    await expect(openSpreadsheet({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { file: "Berkas .xlsx tidak dapat dibaca." },
    });
  });
});

describe("openSpreadsheet (CSV)", () => {
  it("reads ; separated UTF-8 with a BOM, skips empty lines and counts lines inside quoted cells", async () => {
    const text = '\uFEFFid;nama;nilai\r\n1;"Toko\r\nBaru";1.250\r\n\r\n2;Warung;"12,5"\r\n';
    const sheet = await openSpreadsheet({ bytes: new TextEncoder().encode(text) });
    expect(sheet.format).toBe("csv");
    expect(sheet.headers).toEqual(["id", "nama", "nilai"]);
    const rows = await all(sheet.rows());
    expect(rows).toEqual([
      { line: 2, cells: { id: "1", nama: "Toko\r\nBaru", nilai: "1.250" } },
      { line: 5, cells: { id: "2", nama: "Warung", nilai: "12,5" } },
    ]);
  });

  it("reads a file that is not UTF-8 as Windows-1252 and finds the header under a title", async () => {
    const bytes = new Uint8Array([...Buffer.from("Laporan\nnib,nama\n1,Caf"), 0xe9, ...Buffer.from("\n")]);
    const sheet = await openSpreadsheet({ bytes }, { expectedHeaders: ["nib"] });
    expect(sheet.headerLine).toBe(2);
    expect(await all(sheet.rows())).toEqual([{ line: 3, cells: { nib: "1", nama: "Café" } }]);
  });

  it("keeps the first of two columns with the same header", async () => {
    const sheet = await openSpreadsheet({ text: "a,a,b\n1,2,3\n" });
    expect(sheet.headers).toEqual(["a", "b"]);
    expect(await all(sheet.rows())).toEqual([{ line: 2, cells: { a: "1", b: "3" } }]);
  });
});

describe("cellText", () => {
  it.each([
    [new Date(Date.UTC(2026, 7, 17)), "date", "2026-08-17"],
    [new Date(Date.UTC(2026, 7, 17, 9, 30)), "timestamp", "2026-08-17T09:30"],
    [new Date(Date.UTC(2026, 7, 17, 9, 30)), "date", "2026-08-17"],
    [new Date(Date.UTC(2026, 7, 17)), "text", "2026-08-17"],
    [46251, "date", "2026-08-17"],
    [46251.395833333336, "timestamp", "2026-08-17T09:30"],
    [1250000.5, "number", "1250000.5"],
    [1234567890123, "text", "1234567890123"],
    ["1.250.000,50", "number", "1250000.50"],
    ["17/08/2026", "date", "2026-08-17"],
    ["17/08/2026 09.30", "timestamp", "2026-08-17T09:30"],
    ["17/08/2026 09.30", "date", "2026-08-17"],
    ["2026-08-17T02:30Z", "date", "2026-08-17T02:30Z"],
    ["satu juta", "number", "satu juta"],
    ["  teks  ", "text", "teks"],
    [true, "text", "TRUE"],
  ] as const)("%j as %s → %s", (cell, kind, expected) => {
    expect(cellText(cell, kind)).toBe(expected);
  });
});

const COLUMNS: ImportColumn[] = [
  { key: "registrationNo", kind: "text", required: true, description: { id: "Nomor", en: "Number" } },
  { key: "submittedAt", kind: "timestamp", required: true, description: { id: "Tanggal", en: "Date" } },
  { key: "feeCharged", kind: "number", description: { id: "Biaya", en: "Fee" }, aliases: ["biaya"] },
  { key: "status", kind: "text", description: { id: "Status", en: "Status" }, values: ["issued", "rejected"] },
  { key: "licenseType", kind: "text", description: { id: "Jenis", en: "Type" }, valuesFrom: "licenseTypes" },
];

describe("mapColumns / rowTexts", () => {
  it("maps by key, alias or explicit choice, names what is missing and what is ignored", () => {
    const mapping = mapColumns(["Registration No", "Tanggal", "BIAYA", "catatan"], COLUMNS, { Tanggal: "submittedAt" });
    expect([...mapping.byHeader]).toEqual([
      ["Registration No", "registrationNo"],
      ["Tanggal", "submittedAt"],
      ["BIAYA", "feeCharged"],
    ]);
    expect(mapping.missingRequired).toEqual([]);
    expect(mapping.missingOptional).toEqual(["status", "licenseType"]);
    expect(mapping.ignored).toEqual(["catatan"]);
    expect(
      rowTexts(
        { "Registration No": " 503/1 ", Tanggal: "17/08/2026 09:30", BIAYA: "350.000", catatan: "x" },
        mapping,
        COLUMNS,
      ),
    ).toEqual({
      registrationNo: "503/1",
      submittedAt: "2026-08-17T09:30",
      feeCharged: "350000",
    });
  });

  it("names missing required columns", () => {
    expect(mapColumns(["feeCharged"], COLUMNS).missingRequired).toEqual(["registrationNo", "submittedAt"]);
  });
});

describe("buildImportTemplate", () => {
  it("writes Data first with the headers and drop-down lists, then Petunjuk and Daftar", async () => {
    const bytes = await buildImportTemplate({
      title: "Impor contoh",
      columns: COLUMNS,
      lists: { licenseTypes: ["IMB", "SIUP"] },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      TEMPLATE_SHEETS.data,
      TEMPLATE_SHEETS.help,
      TEMPLATE_SHEETS.lists,
    ]);
    const data = workbook.getWorksheet(TEMPLATE_SHEETS.data)!;
    expect(data.getRow(1).values).toEqual([
      undefined,
      "registrationNo",
      "submittedAt",
      "feeCharged",
      "status",
      "licenseType",
    ]);
    expect(data.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ["Daftar!$A$2:$A$3"] });
    expect(data.getCell("E5000").dataValidation).toMatchObject({ type: "list", formulae: ["Daftar!$B$2:$B$3"] });
    const lists = workbook.getWorksheet(TEMPLATE_SHEETS.lists)!;
    expect(lists.getColumn(2).values).toEqual([undefined, "licenseType", "IMB", "SIUP"]);
    const help = workbook.getWorksheet(TEMPLATE_SHEETS.help)!;
    const helpRows = help.getSheetValues().map((row) => (Array.isArray(row) ? row[1] : undefined));
    expect(helpRows).toContain("feeCharged");
    // The reader opens the template on its Data sheet with the header row found.
    const sheet = await openSpreadsheet({ bytes }, { expectedHeaders: COLUMNS.map((c) => c.key) });
    expect(sheet.sheetName).toBe("Data");
    expect(sheet.headers).toEqual(COLUMNS.map((c) => c.key));
    expect(await all(sheet.rows())).toEqual([]);
  });
});
