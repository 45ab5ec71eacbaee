/**
 * KBLI (Klasifikasi Baku Lapangan Usaha Indonesia): categories, divisions and code validation.
 *
 * KBLI 2020 (Peraturan BPS No. 2 Tahun 2020) follows ISIC Rev.4: 21 categories A–U and 88 two-digit divisions
 * ("golongan pokok"). A KBLI code is read left to right: 2 digits golongan pokok, 3 golongan, 4 subgolongan,
 * 5 kelompok. Source for the category names: domain reference §7.
 *
 * KBLI 2025 follows ISIC Rev.5: 22 categories A–V, because the old category J (Informasi dan Komunikasi) is split
 * into publishing/broadcasting (58–60) and telecommunication/IT (61–63), which shifts every later letter by one.
 * Limitation: the office has no authoritative KBLI 2025 table yet, so
 *  - the set of accepted divisions is the KBLI 2020 set for both versions;
 *  - KBLI 2025 category letters are derived from the ISIC Rev.5 section ranges, and no KBLI 2025 names are kept;
 *  - division 45 (motor vehicle trade and repair) is kept under G for 2025 although ISIC Rev.5 folds it into
 *    46/47 and 95, so a 2025 record starting with 45 is accepted as it was filed.
 * Every record stores its KBLI version so the 2025 rows can be re-derived once the official table is loaded.
 */
import { fail, ok, type Result } from "./result";
import KBLI_2020_DATA from "./data/kbli-2020.json";

export const KBLI_VERSIONS = ["2020", "2025"] as const;
export type KbliVersion = (typeof KBLI_VERSIONS)[number];

/** KBLI 2020 categories with their official Indonesian names (domain reference §7). */
export const KBLI_2020_CATEGORIES = [
  { letter: "A", name: "Pertanian, Kehutanan dan Perikanan" },
  { letter: "B", name: "Pertambangan dan Penggalian" },
  { letter: "C", name: "Industri Pengolahan" },
  { letter: "D", name: "Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin" },
  {
    letter: "E",
    name: "Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi",
  },
  { letter: "F", name: "Konstruksi" },
  { letter: "G", name: "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor" },
  { letter: "H", name: "Pengangkutan dan Pergudangan" },
  { letter: "I", name: "Penyediaan Akomodasi dan Penyediaan Makan Minum" },
  { letter: "J", name: "Informasi dan Komunikasi" },
  { letter: "K", name: "Aktivitas Keuangan dan Asuransi" },
  { letter: "L", name: "Real Estat" },
  { letter: "M", name: "Aktivitas Profesional, Ilmiah dan Teknis" },
  {
    letter: "N",
    name: "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya",
  },
  { letter: "O", name: "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib" },
  { letter: "P", name: "Pendidikan" },
  { letter: "Q", name: "Aktivitas Kesehatan Manusia dan Aktivitas Sosial" },
  { letter: "R", name: "Kesenian, Hiburan dan Rekreasi" },
  { letter: "S", name: "Aktivitas Jasa Lainnya" },
  {
    letter: "T",
    name: "Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri",
  },
  { letter: "U", name: "Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya" },
] as const satisfies readonly { letter: string; name: string }[];
export type Kbli2020CategoryLetter = (typeof KBLI_2020_CATEGORIES)[number]["letter"];
export type KbliCategory = { letter: Kbli2020CategoryLetter; name: string };
export const KBLI_2020_CATEGORY_LETTERS: readonly Kbli2020CategoryLetter[] = KBLI_2020_CATEGORIES.map((c) => c.letter);
export type Kbli2025CategoryLetter = Kbli2020CategoryLetter | "V";
export type KbliCategoryLetter = Kbli2025CategoryLetter;

type DivisionRange<TLetter extends string> = readonly [first: number, last: number, letter: TLetter];

// Division ranges as in ISIC Rev.4 / KBLI 2020. Gaps (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) are unused.
const KBLI_2020_DIVISION_RANGES: readonly DivisionRange<Kbli2020CategoryLetter>[] = [
  [1, 3, "A"],
  [5, 9, "B"],
  [10, 33, "C"],
  [35, 35, "D"],
  [36, 39, "E"],
  [41, 43, "F"],
  [45, 47, "G"],
  [49, 53, "H"],
  [55, 56, "I"],
  [58, 63, "J"],
  [64, 66, "K"],
  [68, 68, "L"],
  [69, 75, "M"],
  [77, 82, "N"],
  [84, 84, "O"],
  [85, 85, "P"],
  [86, 88, "Q"],
  [90, 93, "R"],
  [94, 96, "S"],
  [97, 98, "T"],
  [99, 99, "U"],
];

/**
 * ISIC Rev.5 section ranges applied to KBLI 2025 (see the limitation in the file comment): the same divisions, J
 * split into J (58–60) and K (61–63), every later section one letter on (K → L … U → V).
 */
const KBLI_2025_DIVISION_RANGES: readonly DivisionRange<Kbli2025CategoryLetter>[] = KBLI_2020_DIVISION_RANGES.flatMap(
  ([first, last, letter]): DivisionRange<Kbli2025CategoryLetter>[] => {
    if (letter < "J") return [[first, last, letter]];
    if (letter === "J")
      return [
        [first, 60, "J"],
        [61, last, "K"],
      ];
    return [[first, last, String.fromCharCode(letter.charCodeAt(0) + 1) as Kbli2025CategoryLetter]];
  },
);

/**
 * Category letter of a two-digit KBLI division (1–99) for the given KBLI version, or null when the number is not
 * a division (e.g. 04, 40, 89). KBLI 2020: ISIC Rev.4 ranges (01–03 A … 99 U); KBLI 2025: ISIC Rev.5 ranges.
 */
export function kbliCategoryForDivision(division: number, version: KbliVersion = "2020"): KbliCategoryLetter | null {
  if (!Number.isInteger(division)) return null;
  const ranges: readonly DivisionRange<KbliCategoryLetter>[] =
    version === "2020" ? KBLI_2020_DIVISION_RANGES : KBLI_2025_DIVISION_RANGES;
  for (const [first, last, letter] of ranges) {
    if (division >= first && division <= last) return letter;
  }
  return null;
}

/** All KBLI divisions (golongan pokok) in ascending order; the same 88 numbers for both versions. */
export function listKbliDivisions(): number[] {
  const divisions: number[] = [];
  for (let division = 1; division <= 99; division += 1) {
    if (kbliCategoryForDivision(division, "2020") !== null) divisions.push(division);
  }
  return divisions;
}

/** Indonesian name of a KBLI 2020 category letter, or null for an unknown letter. */
export function kbli2020CategoryName(letter: string): string | null {
  return KBLI_2020_CATEGORIES.find((category) => category.letter === letter)?.name ?? null;
}

export type ParsedKbli = {
  /** The code as validated: surrounding whitespace removed, leading zeros kept. */
  code: string;
  version: KbliVersion;
  /** Golongan pokok as a number, 1–99. */
  division: number;
  /** Golongan pokok as the two-digit string used in reports, e.g. "01". */
  divisionCode: string;
  category: KbliCategoryLetter;
};

export type KbliErrorCode = "kbli_empty" | "kbli_not_digits" | "kbli_length" | "kbli_unknown_division";

/**
 * Validates a KBLI code and returns its division and category.
 * Rules: digits only, 5 digits for a kelompok, 2–5 digits accepted for older data that recorded a golongan pokok,
 * golongan or subgolongan; the first two digits must be a KBLI division. A code that lost its leading zero in a
 * spreadsheet ("1110" for "01110") cannot be told apart from a real 4-digit code and is read as division 11.
 */
export function parseKbli(code: string, version: KbliVersion = "2020"): Result<ParsedKbli, KbliErrorCode> {
  const trimmed = code.trim();
  if (trimmed === "") return fail("kbli_empty", "Kode KBLI wajib diisi.");
  if (!/^[0-9]+$/.test(trimmed)) {
    return fail("kbli_not_digits", `Kode KBLI "${trimmed}" hanya boleh berisi angka, mis. 47111.`);
  }
  if (trimmed.length < 2 || trimmed.length > 5) {
    return fail("kbli_length", `Kode KBLI "${trimmed}" harus 5 digit (data lama: 2–5 digit).`);
  }
  const divisionCode = trimmed.slice(0, 2);
  const division = Number(divisionCode);
  const category = kbliCategoryForDivision(division, version);
  if (category === null) {
    return fail(
      "kbli_unknown_division",
      `Kode KBLI "${trimmed}": golongan pokok ${divisionCode} tidak ada dalam KBLI ${version}.`,
    );
  }
  return ok({ code: trimmed, version, division, divisionCode, category });
}

// ---------------------------------------------------------------- the KBLI 2020 code list (data)

/** A list of 5-digit KBLI codes; `isComplete` says whether a code missing from it is known not to exist. */
export type KbliCodeList = { version: KbliVersion; isComplete: boolean; codes: ReadonlyMap<string, string> };

/**
 * The KBLI 2020 kelompok shipped with Lentera (lib/investment/data/kbli-2020.json). PARTIAL: see the file's note —
 * the full Peraturan BPS 2/2020 table could not be obtained from a verifiable source, so `isComplete` is false and
 * an unlisted code is accepted (flagged as unlisted) rather than rejected.
 */
export const KBLI_2020_LIST: KbliCodeList = {
  version: "2020",
  isComplete: KBLI_2020_DATA.isComplete,
  codes: new Map(KBLI_2020_DATA.codes.map((entry) => [entry.code, entry.title])),
};

export type KbliListCheck =
  | { ok: true; isListed: boolean; title: string | null }
  | { ok: false; error: { code: "kbli_unknown_code"; message: string } };

/**
 * Checks a full 5-digit KBLI code against the code list of its version. KBLI 2020: a listed code is fine (with its
 * title); an unlisted one is an error when the list is complete ("… tidak ada dalam KBLI 2020"), else accepted and
 * marked unlisted. KBLI 2025 codes are accepted with their version (no official 2025 table is shipped; their
 * golongan pokok is checked by parseKbli). Codes shorter than 5 digits (older data) are not list-checked.
 */
export function checkKbliInList(
  code: string,
  version: KbliVersion,
  list: KbliCodeList = KBLI_2020_LIST,
): KbliListCheck {
  const trimmed = code.trim();
  if (trimmed.length !== 5 || version !== list.version) return { ok: true, isListed: false, title: null };
  const title = list.codes.get(trimmed);
  if (title !== undefined) return { ok: true, isListed: true, title: title || null };
  if (list.isComplete) {
    return {
      ok: false,
      error: {
        code: "kbli_unknown_code",
        message: `Kode KBLI "${trimmed}" tidak ada dalam KBLI ${version}. Periksa kode atau versi KBLI (2020/2025).`,
      },
    };
  }
  return { ok: true, isListed: false, title: null };
}

/** The code list the office has per KBLI version: a loaded official table, else the shipped list (if any). */
export type KbliCodeLists = Partial<Record<KbliVersion, KbliCodeList>>;

/** checkKbliInList against the office's list of the code's version; a version without a list accepts the code. */
export function checkKbliAgainst(code: string, version: KbliVersion, lists: KbliCodeLists): KbliListCheck {
  const list = lists[version];
  return list ? checkKbliInList(code, version, list) : { ok: true, isListed: false, title: null };
}
