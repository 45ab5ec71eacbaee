// Building .xlsx files in tests: fill a downloaded template's Data sheet, or make a workbook from rows.
import ExcelJS from "exceljs";

export type CellValue = string | number | Date | null;

/** Writes `rows` below the header of the template's first sheet (Data) and returns the file's bytes. */
export async function fillTemplate(template: Uint8Array, rows: readonly (readonly CellValue[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as never);
  const sheet = workbook.worksheets[0]!;
  rows.forEach((row, index) => {
    row.forEach((value, column) => {
      if (value !== null) sheet.getCell(index + 2, column + 1).value = value;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A one-sheet workbook from rows (the first row is usually the header). */
export async function workbookOf(rows: readonly (readonly CellValue[])[], sheetName = "Sheet1"): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row.map((value) => value ?? undefined));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Excel's wall-clock date (UTC fields = the time as typed in the sheet). */
export const excelDate = (text: string) => new Date(`${text.length === 10 ? `${text}T00:00` : text}:00Z`);
