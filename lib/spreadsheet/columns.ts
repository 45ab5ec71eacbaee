/**
 * The columns of an import file, declared once per import (issue 17): the canonical header, how its cells are read
 * (kind), whether it is required, what it means (for the template's explanation sheet) and, for coded columns, the
 * allowed values (the template's drop-down list). The same declaration maps a file's headers, turns each row into
 * canonical text for the import's validator and builds the downloadable template. Pure.
 */
import { cellText, type CellKind, type SheetCell } from "./cells";

export type ImportColumn = {
  /** Canonical header, as the template writes it. */
  key: string;
  kind: CellKind;
  required?: boolean;
  /** Other headers accepted for this column (compared like the key: without case, spaces, "_", "-" or "."). */
  aliases?: readonly string[];
  /** What goes in the column, Indonesian first. */
  description: { id: string; en: string };
  /** An example value, as a person would type it. */
  example?: string;
  /** Coded column: the allowed values, fixed here … */
  values?: readonly string[];
  /** … or supplied when the template is built (licence types, kecamatan, counters: the office's own lists). */
  valuesFrom?: string;
};

/** What a column declares besides its key and whether it is required. */
export type ColumnDeclaration = Omit<ImportColumn, "key" | "required">;

/** The columns of an import in file order: each key with its declaration, required when listed in `required`. */
export function declareColumns<K extends string>(
  keys: readonly K[],
  required: readonly K[],
  declarations: Readonly<Record<K, ColumnDeclaration>>,
): ImportColumn[] {
  const isRequired = new Set<string>(required);
  return keys.map((key) => ({ key, required: isRequired.has(key), ...declarations[key] }));
}

/** "Tanggal Terbit OSS", "tanggal_terbit_oss" and "tanggal-terbit-oss" are the same header. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, "");
}

export type ColumnMapping = {
  /** File header → column key, for the headers this import reads. */
  byHeader: Map<string, string>;
  /** Required columns no header maps to. */
  missingRequired: string[];
  /** Optional columns no header maps to (named in previews: OSS changes its export between releases). */
  missingOptional: string[];
  /** File headers this import does not read (ignored). */
  ignored: string[];
};

/**
 * Maps a file's headers to the declared columns: by key or alias (see headerKey), or through `explicit`
 * (file header → column key, chosen by the user in a preview). The first header mapping to a column wins.
 */
export function mapColumns(
  headers: readonly string[],
  columns: readonly ImportColumn[],
  explicit: Readonly<Record<string, string>> = {},
): ColumnMapping {
  const byKey = new Map<string, string>();
  for (const column of columns)
    for (const name of [column.key, ...(column.aliases ?? [])]) byKey.set(headerKey(name), column.key);
  const known = new Set(columns.map((column) => column.key));
  const byHeader = new Map<string, string>();
  const taken = new Set<string>();
  const ignored: string[] = [];
  for (const header of headers) {
    const chosen = explicit[header];
    const key = chosen && known.has(chosen) ? chosen : byKey.get(headerKey(header));
    if (key && !taken.has(key)) {
      byHeader.set(header, key);
      taken.add(key);
    } else ignored.push(header);
  }
  return {
    byHeader,
    missingRequired: columns.filter((c) => c.required && !taken.has(c.key)).map((c) => c.key),
    missingOptional: columns.filter((c) => !c.required && !taken.has(c.key)).map((c) => c.key),
    ignored,
  };
}

/** Column kinds by key, per declaration (rowTexts runs once per row of files of 100k rows). */
const KINDS = new WeakMap<readonly ImportColumn[], Map<string, CellKind>>();

/**
 * One row's cells as canonical text by column key (see cellText), leaving out empty cells and unmapped headers:
 * what every import validator reads, whether the file was CSV or .xlsx.
 */
export function rowTexts(
  cells: Readonly<Record<string, SheetCell>>,
  mapping: ColumnMapping,
  columns: readonly ImportColumn[],
): Record<string, string> {
  let kinds = KINDS.get(columns);
  if (!kinds) KINDS.set(columns, (kinds = new Map(columns.map((column) => [column.key, column.kind]))));
  const texts: Record<string, string> = {};
  for (const [header, key] of mapping.byHeader) {
    const text = cellText(cells[header], kinds.get(key) ?? "text");
    if (text !== "") texts[key] = text;
  }
  return texts;
}
