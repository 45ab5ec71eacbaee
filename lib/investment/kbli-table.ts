/**
 * The official KBLI table as an admin loads it (issue 13): the columns of the file, how its rows are read and when
 * a file counts as the whole table. Pure.
 *
 * The BPS/OSS tables list every level of the hierarchy: a category letter (A–U), 2-digit golongan pokok, 3-digit
 * golongan, 4-digit subgolongan and 5-digit kelompok. Only the kelompok (the codes applications and OSS projects
 * carry) are kept; the other levels are skipped and counted. A file is taken as the whole table only when every
 * golongan pokok (KBLI 2020) or every category (KBLI 2025) has at least one kelompok: a file cut short, or a code
 * column that a spreadsheet turned into numbers (01111 → 1111, so divisions 01–09 lose their kelompok), is refused
 * with the gaps named, and nothing changes.
 */
import type { ImportColumn } from "../spreadsheet/columns";
import { kbliCategoryForDivision, listKbliDivisions, type KbliCodeList, type KbliVersion } from "./kbli";

export const KBLI_TABLE_COLUMNS: readonly ImportColumn[] = [
  {
    key: "kode",
    kind: "text",
    required: true,
    aliases: ["kode kbli", "kbli", "code", "kode_kbli"],
    example: "47111",
    description: {
      id: "Kode KBLI. Baris kelompok (5 digit) disimpan; baris kategori, golongan pokok, golongan dan subgolongan dilewati. Format kolom sebagai Teks agar nol di depan (01111) tidak hilang.",
      en: "KBLI code. 5-digit kelompok rows are kept; higher levels are skipped. Format the column as Text so leading zeros stay.",
    },
  },
  {
    key: "judul",
    kind: "text",
    required: true,
    aliases: ["judul kbli", "uraian", "nama", "title", "judul_kbli", "deskripsi"],
    example: "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket",
    description: { id: "Judul kelompok KBLI.", en: "Title of the KBLI kelompok." },
  },
];

export type KbliTableEntry = { code: string; title: string };
export type KbliTableProblem = { line: number; column: string; message: string };

export type ReadKbliTable = {
  entries: KbliTableEntry[];
  /** Rows of a higher level (category letter, 2–4 digit codes) that were skipped. */
  skipped: number;
  problems: KbliTableProblem[];
};

const TITLE_MAX = 500;

/**
 * Reads the rows of a KBLI table file (canonical texts by column key, with their line numbers). Every kelompok row
 * needs a title; a code may appear once; a code whose golongan pokok is not a KBLI division is an error.
 */
export function readKbliTableRows(
  rows: readonly { line: number; texts: Record<string, string> }[],
  version: KbliVersion,
): ReadKbliTable {
  const entries: KbliTableEntry[] = [];
  const problems: KbliTableProblem[] = [];
  const firstLine = new Map<string, number>();
  let skipped = 0;
  for (const { line, texts } of rows) {
    const code = (texts.kode ?? "").trim();
    const title = (texts.judul ?? "").trim().replace(/\s+/g, " ");
    if (code === "" && title === "") continue;
    if (/^[A-Za-z]$/.test(code) || /^\d{2,4}$/.test(code)) {
      skipped += 1;
      continue;
    }
    if (!/^\d{5}$/.test(code)) {
      problems.push({
        line,
        column: "kode",
        message: `Kode "${code}" bukan kode KBLI (huruf kategori atau 2–5 digit).`,
      });
      continue;
    }
    if (kbliCategoryForDivision(Number(code.slice(0, 2)), version) === null) {
      problems.push({
        line,
        column: "kode",
        message: `Kode ${code}: golongan pokok ${code.slice(0, 2)} tidak ada dalam KBLI ${version}.`,
      });
      continue;
    }
    if (title === "") {
      problems.push({ line, column: "judul", message: `Judul kode ${code} wajib diisi.` });
      continue;
    }
    if (title.length > TITLE_MAX) {
      problems.push({ line, column: "judul", message: `Judul kode ${code} paling banyak ${TITLE_MAX} karakter.` });
      continue;
    }
    const seenAt = firstLine.get(code);
    if (seenAt !== undefined) {
      problems.push({ line, column: "kode", message: `Kode ${code} sudah ada di baris ${seenAt}.` });
      continue;
    }
    firstLine.set(code, line);
    entries.push({ code, title });
  }
  return { entries, skipped, problems };
}

/**
 * Why a set of kelompok is not a whole KBLI table, or null when it is: KBLI 2020 needs a kelompok in each of its
 * 88 golongan pokok; KBLI 2025 (no official division list is kept yet, see kbli.ts) one in each category A–V.
 */
export function kbliTableGap(entries: readonly KbliTableEntry[], version: KbliVersion): string | null {
  if (entries.length === 0) return "Berkas tidak berisi kode kelompok (5 digit).";
  const divisions = new Set(entries.map((entry) => Number(entry.code.slice(0, 2))));
  if (version === "2020") {
    const missing = listKbliDivisions().filter((division) => !divisions.has(division));
    if (missing.length === 0) return null;
    return `Daftar belum lengkap: golongan pokok ${listOf(missing.map((d) => String(d).padStart(2, "0")))} tidak punya kode kelompok. ${LEADING_ZERO_HINT}`;
  }
  const categories = new Set([...divisions].map((division) => kbliCategoryForDivision(division, version)));
  const expected = "ABCDEFGHIJKLMNOPQRSTUV".split("");
  const missing = expected.filter((letter) => !categories.has(letter as never));
  if (missing.length === 0) return null;
  return `Daftar belum lengkap: kategori ${listOf(missing)} tidak punya kode kelompok. ${LEADING_ZERO_HINT}`;
}

const LEADING_ZERO_HINT =
  "Unggah seluruh tabel KBLI; bila kode 01111 terbaca 1111, format kolom kode sebagai Teks lalu simpan ulang.";

function listOf(items: readonly string[]): string {
  const shown = items.slice(0, 12).join(", ");
  return items.length > 12 ? `${shown} dan ${items.length - 12} lainnya` : shown;
}

/** A loaded (whole) table as the code list validation uses: an unlisted 5-digit code of this version is an error. */
export function kbliCodeListOf(version: KbliVersion, entries: readonly KbliTableEntry[]): KbliCodeList {
  return { version, isComplete: true, codes: new Map(entries.map((entry) => [entry.code, entry.title])) };
}
