import "server-only";
/**
 * Downloadable .xlsx templates for the imports (issue 17): sheet "Data" (first, so the reader takes it) with the
 * header row, frozen and bold, text columns formatted as text (a NIB keeps its leading zeros), date columns as
 * dd/mm/yyyy, and a drop-down list on every coded column; sheet "Petunjuk" explaining each column (required or not,
 * what goes in it, an example, the allowed values, in Indonesian and English); sheet "Daftar" holding the lists the
 * drop-downs refer to. Built from the same column declaration the import reads (./columns.ts).
 */
import ExcelJS from "exceljs";
import type { ImportColumn } from "./columns";

export const TEMPLATE_SHEETS = { data: "Data", help: "Petunjuk", lists: "Daftar" } as const;
/** Rows of the Data sheet that carry the drop-down lists and formats. */
export const TEMPLATE_ROWS = 5_000;
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** exceljs keeps range validations in `dataValidations` (not in its .d.ts; range addresses are written as one sqref). */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

const KIND_LABELS = {
  text: "teks / text",
  number: "angka, mis. 1.250.000,50 / number",
  date: "tanggal, mis. 17/08/2026 / date",
  timestamp: "tanggal dan jam, mis. 17/08/2026 09:30 (WIB) / date and time",
} as const;

/** The values of a coded column: fixed in the declaration or supplied by the caller under `valuesFrom`. */
function valuesOf(column: ImportColumn, lists: Readonly<Record<string, readonly string[]>>): readonly string[] {
  if (column.values) return column.values;
  return column.valuesFrom ? (lists[column.valuesFrom] ?? []) : [];
}

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Builds the template workbook of one import; `lists` supplies the office's own lists (licence types …). */
export async function buildImportTemplate(input: {
  title: string;
  columns: readonly ImportColumn[];
  lists?: Readonly<Record<string, readonly string[]>>;
  notes?: readonly string[];
}): Promise<Uint8Array> {
  const lists = input.lists ?? {};
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lentera";
  const data = workbook.addWorksheet(TEMPLATE_SHEETS.data, { views: [{ state: "frozen", ySplit: 1 }] });
  const help = workbook.addWorksheet(TEMPLATE_SHEETS.help);
  const listSheet = workbook.addWorksheet(TEMPLATE_SHEETS.lists);

  data.addRow(input.columns.map((column) => column.key)).font = { bold: true };
  let listColumn = 0;
  input.columns.forEach((column, index) => {
    const letter = columnLetter(index);
    const sheetColumn = data.getColumn(index + 1);
    sheetColumn.width = Math.max(14, column.key.length + 4);
    if (column.kind === "text") sheetColumn.numFmt = "@";
    if (column.kind === "date") sheetColumn.numFmt = "dd/mm/yyyy";
    if (column.kind === "timestamp") sheetColumn.numFmt = "dd/mm/yyyy hh:mm";
    const values = valuesOf(column, lists);
    if (values.length === 0) return;
    const listLetter = columnLetter(listColumn++);
    listSheet.getCell(`${listLetter}1`).value = column.key;
    listSheet.getCell(`${listLetter}1`).font = { bold: true };
    values.forEach((value, row) => (listSheet.getCell(`${listLetter}${row + 2}`).value = value));
    (data as WorksheetWithValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: !column.required,
      formulae: [`${TEMPLATE_SHEETS.lists}!$${listLetter}$2:$${listLetter}$${values.length + 1}`],
      showErrorMessage: true,
      errorTitle: column.key,
      error: `Pilih salah satu nilai dari daftar (lembar ${TEMPLATE_SHEETS.lists}). / Choose a value from the list.`,
    });
  });

  help.addRow([input.title]).font = { bold: true, size: 14 };
  for (const note of input.notes ?? []) help.addRow([note]);
  help.addRow([]);
  const headerRow = help.addRow([
    "Kolom",
    "Wajib",
    "Jenis isi",
    "Keterangan",
    "Contoh",
    "Pilihan",
    "Description (English)",
  ]);
  headerRow.font = { bold: true };
  for (const column of input.columns) {
    const values = valuesOf(column, lists);
    help.addRow([
      column.key,
      column.required ? "ya / yes" : "tidak / no",
      KIND_LABELS[column.kind],
      column.description.id,
      column.example ?? "",
      values.length > 0 ? values.slice(0, 30).join(", ") + (values.length > 30 ? " …" : "") : "",
      column.description.en,
    ]);
  }
  [22, 10, 28, 60, 22, 40, 60].forEach((width, index) => (help.getColumn(index + 1).width = width));
  help.getColumn(4).alignment = { wrapText: true, vertical: "top" };
  help.getColumn(7).alignment = { wrapText: true, vertical: "top" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
