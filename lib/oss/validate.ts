/**
 * Pass 1 of the OSS project import (./import.ts): every row is validated, keeping only the verdict (errors,
 * warnings and scale differences by line, bounded), the per-NIB counts the linker needs, the nomor_registrasi
 * values and the lines that repeat an id_proyek. Reads the file; writes nothing.
 */
import { rowTexts, type ColumnMapping, type ImportColumn } from "../spreadsheet/columns";
import type { Spreadsheet } from "../spreadsheet/read";
import { parseOssRow } from "./parse-row";
import { pushBounded, type OssImportResult } from "./import-result";

export type PassContext = {
  sheet: Spreadsheet;
  mapping: ColumnMapping;
  areas: Parameters<typeof parseOssRow>[2];
  result: OssImportResult;
  onProgress?: (progress: { phase: "validate" | "write"; rows: number }) => void | Promise<void>;
};

const ROWS_PER_TURN = 1_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Pass 1: validates every row, keeping the verdict, the per-NIB counts and the nomor_registrasi values. */
export async function validateAll(context: PassContext, columns: readonly ImportColumn[]) {
  const { sheet, mapping, areas, result, onProgress } = context;
  const firstLine = new Map<string, number>();
  const perNib = new Map<string, number>();
  const perNibKbli = new Map<string, number>();
  const registrationNos = new Set<string>();
  const duplicateLines = new Set<number>();
  let total = 0n;
  for await (const row of sheet.rows()) {
    result.rows += 1;
    const parsed = parseOssRow(rowTexts(row.cells, mapping, columns), row.line, areas);
    const errors = parsed.ok ? [] : parsed.errors;
    if (parsed.ok) {
      const { idProyek } = parsed.row.project;
      const earlier = firstLine.get(idProyek);
      if (earlier !== undefined) {
        errors.push({ line: row.line, column: "id_proyek", message: `${idProyek} ganda (sudah di baris ${earlier}).` });
        duplicateLines.add(row.line);
      } else firstLine.set(` ${idProyek}`.slice(1), row.line);
    }
    if (errors.length > 0 || !parsed.ok) {
      result.invalidRows += 1;
      result.errorCount += errors.length;
      for (const error of errors) pushBounded(result.errors, error);
    } else {
      const { project, registrationNo, scaleDifference, warnings } = parsed.row;
      result.validRows += 1;
      total += project.investmentValue;
      perNib.set(project.nib, (perNib.get(project.nib) ?? 0) + 1);
      const nibKbli = `${project.nib}|${project.kbli}`;
      perNibKbli.set(nibKbli, (perNibKbli.get(nibKbli) ?? 0) + 1);
      if (registrationNo) registrationNos.add(registrationNo);
      result.warningCount += warnings.length;
      for (const warning of warnings) pushBounded(result.warnings, warning);
      if (scaleDifference) {
        result.scaleDifferenceCount += 1;
        pushBounded(result.scaleDifferences, {
          line: row.line,
          idProyek: project.idProyek,
          companyName: project.companyName,
          ...scaleDifference,
        });
      }
    }
    if (result.rows % ROWS_PER_TURN === 0) {
      await onProgress?.({ phase: "validate", rows: result.rows });
      await nextTurn();
    }
  }
  result.totalInvestment = total.toString();
  await onProgress?.({ phase: "validate", rows: result.rows });
  return { perNib, perNibKbli, registrationNos, duplicateLines };
}
