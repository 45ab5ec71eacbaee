/** Small helpers of the import forms (client and server alike). */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An Excel workbook by its type or, when the browser gives none, its name. */
export const isXlsxFile = (file: File) => file.type === XLSX_TYPE || file.name.toLowerCase().endsWith(".xlsx");

/** `{placeholder}` filled from `vars`; unknown names stay as written. */
export const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in vars ? String(vars[key]) : match));
