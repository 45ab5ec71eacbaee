import { describe, expect, it } from "vitest";
import { XLSX_HEADER_ROW, cellValue, writeXlsx, xlsxTable, type XlsxTable } from "./xlsx";
import { readBack } from "./xlsx.fixtures";

type Row = { code: string; day: string; count: number; nrr: number; share: number; fee: bigint | null };

const rows: Row[] = [
  { code: "U1", day: "2026-04-01", count: 2922, nrr: 3.2831, share: 0.632, fee: 1_250_000n },
  { code: "U2", day: "2026-06-30", count: 7, nrr: 2.5, share: 1, fee: null },
];

const elementsTable: XlsxTable<Row> = {
  sheet: "Unsur",
  title: "IKM per unsur",
  subtitle: "Periode: Triwulan II 2026",
  columns: [
    { header: "Kode", kind: "text", value: (r) => r.code },
    { header: "Tanggal", kind: "date", value: (r) => r.day },
    { header: "Jumlah responden", kind: "integer", value: (r) => r.count },
    { header: "NRR", kind: "decimal", decimals: 3, value: (r) => r.nrr },
    { header: "Porsi", kind: "percent", value: (r) => r.share },
    { header: "Tarif (Rp)", kind: "rupiah", value: (r) => r.fee },
  ],
  rows,
};
const elements = xlsxTable(elementsTable);

describe("writeXlsx", () => {
  it("writes typed cells under an Indonesian header with title, period line, frozen header and formats", async () => {
    const book = await readBack(
      await writeXlsx([elements], { created: new Date("2026-07-01T03:00:00Z"), creator: "DPMPTSP" }),
    );
    const sheet = book.getWorksheet("Unsur")!;
    expect(sheet.getCell("A1").value).toBe("IKM per unsur");
    expect(sheet.getCell("A2").value).toBe("Periode: Triwulan II 2026");
    expect(sheet.getRow(XLSX_HEADER_ROW).values).toEqual([
      undefined,
      "Kode",
      "Tanggal",
      "Jumlah responden",
      "NRR",
      "Porsi",
      "Tarif (Rp)",
    ]);
    expect(sheet.getRow(XLSX_HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: XLSX_HEADER_ROW });

    const first = sheet.getRow(XLSX_HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe("U1");
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(first.getCell(2).numFmt).toBe("d mmmm yyyy");
    expect(first.getCell(3).value).toBe(2922);
    expect(first.getCell(3).numFmt).toBe("#,##0");
    expect(first.getCell(4).value).toBe(3.2831);
    expect(first.getCell(4).numFmt).toBe("#,##0.000");
    expect(first.getCell(5).value).toBe(0.632);
    expect(first.getCell(5).numFmt).toBe("0.0%");
    expect(first.getCell(6).value).toBe(1250000);
    expect(first.getCell(6).numFmt).toBe('"Rp "#,##0');

    const second = sheet.getRow(XLSX_HEADER_ROW + 2);
    expect(second.getCell(2).value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(second.getCell(6).value).toBeNull();
    expect(sheet.getRow(XLSX_HEADER_ROW + 3).getCell(1).value).toBeNull();
    expect(book.creator).toBe("DPMPTSP");
  });

  it("puts each table on its own sheet with unique, Excel-safe names and an empty-table note", async () => {
    const empty = xlsxTable({ ...elementsTable, rows: [], empty: "Tidak ada data" });
    const long = xlsxTable({ ...elementsTable, sheet: "Per jenis izin: [semua] / 2026 triwulan kedua" });
    const book = await readBack(await writeXlsx([elements, empty, long], { created: new Date(0) }));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Unsur", "Unsur 2", "Per jenis izin- -semua- - 2026"]);
    expect(book.getWorksheet("Unsur 2")!.getCell(XLSX_HEADER_ROW + 1, 1).value).toBe("Tidak ada data");
  });

  it("sizes columns to their content within 8–60 characters", async () => {
    const wide = xlsxTable<{ text: string }>({
      sheet: "Komentar",
      title: "Komentar",
      columns: [
        { header: "No", kind: "text", value: () => "1" },
        { header: "Komentar", kind: "text", value: (r) => r.text },
      ],
      rows: [{ text: "x".repeat(30) }, { text: "y".repeat(200) }],
    });
    const sheet = (await readBack(await writeXlsx([wide], { created: new Date(0) }))).worksheets[0];
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(2).width).toBe(60);
  });
});

describe("cellValue", () => {
  it.each([
    ["integer", 12n, 12],
    ["rupiah", 100_000_000_000_000n, 100_000_000_000_000],
    ["rupiah", 2n ** 60n, "1152921504606846976"],
    ["decimal", Number.NaN, null],
    ["decimal", null, null],
    ["text", 5, "5"],
    ["date", "2026-02-29", "2026-02-29"],
    ["date", "2026-12-31", new Date(Date.UTC(2026, 11, 31))],
  ] as const)("%s %s → %s", (kind, value, expected) => {
    expect(cellValue(kind, value)).toEqual(expected);
  });
});
