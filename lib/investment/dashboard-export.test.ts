import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translate";
import { XLSX_HEADER_ROW } from "../export/xlsx";
import { writeAndReadBack } from "../export/xlsx.fixtures";
import { investmentShare, investmentTables, type InvestmentExportData } from "./dashboard-export";

const figures = (projects: number, investment: bigint, workers: number) => ({ projects, investment, workers });
const data: InvestmentExportData = {
  trend: {
    points: [
      { period: "2026-Q1", group: null, ...figures(2, 1_500_000_000n, 12) },
      { period: "2026-Q2", group: null, ...figures(1, 500_000_000n, 3) },
    ],
    totals: figures(3, 2_000_000_000n, 15),
  },
  breakdowns: {
    sector: [],
    kecamatan: [{ group: "35.71.01", ...figures(3, 2_000_000_000n, 15) }],
    origin: [
      { group: "PMDN", ...figures(2, 1_500_000_000n, 12) },
      { group: "PMA", ...figures(1, 500_000_000n, 3) },
    ],
    scale: [],
  },
  kecamatan: [{ code: "35.71.01", name: "Mojoroto" }],
};

describe("investmentShare", () => {
  it("is the fraction of the total with four decimals, null without a total", () => {
    expect(investmentShare(1n, 3n)).toBe(0.3333);
    expect(investmentShare(5n, 0n)).toBeNull();
  });
});

describe("investmentTables", () => {
  it("writes the trend and one sheet per breakdown with rupiah as numbers in a currency format", async () => {
    const words = { t: createTranslator("id", "investment"), ex: createTranslator("id", "exports") };
    const tables = investmentTables(data, { interval: "quarter" }, words, "Periode: Semester I 2026", "id");
    const book = await writeAndReadBack(tables, "2026-07-01T03:00:00Z");
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Tren",
      "Sektor",
      "Kecamatan",
      "Status PMA-PMDN",
      "Skala usaha",
    ]);
    const trend = book.getWorksheet("Tren")!;
    expect(trend.getRow(XLSX_HEADER_ROW).values).toEqual([
      undefined,
      "Periode",
      "Jumlah proyek",
      "Nilai investasi",
      "Tenaga kerja direncanakan",
    ]);
    expect(trend.getCell("B5").value).toBe(2);
    expect(trend.getCell("C5").value).toBe(1_500_000_000);
    expect(trend.getCell("C5").numFmt).toBe('"Rp "#,##0');
    const origin = book.getWorksheet("Status PMA-PMDN")!;
    expect(origin.getCell("A5").value).toBe("PMDN");
    expect(origin.getCell("E5").value).toBe(0.75);
    expect(origin.getCell("E6").value).toBe(0.25);
    expect(origin.getCell("E6").numFmt).toBe("0.00%");
    expect(book.getWorksheet("Kecamatan")!.getCell("A5").value).toBe("Mojoroto");
  });
});
