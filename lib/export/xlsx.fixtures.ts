/** Reading written workbooks back in the export unit tests (not a test file itself). */
import ExcelJS from "exceljs";
import { writeXlsx, type XlsxTable } from "./xlsx";

/** The workbook in `bytes`, loaded as ExcelJS reads a downloaded file. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** Writes `tables` as the office's export does (created at `created`, creator DPMPTSP) and reads the file back. */
export async function writeAndReadBack(tables: readonly XlsxTable<unknown>[], created: string) {
  return readBack(await writeXlsx(tables, { created: new Date(created), creator: "DPMPTSP" }));
}
