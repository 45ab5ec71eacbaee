/**
 * One row of an OSS-RBA "Data Proyek" file → the project Lentera stores (issue 17), or the row's errors by line and
 * OSS column. Pure: the office's areas are passed in.
 *
 * - Amounts (jumlah_investasi and its parts) are read exactly and converted to whole rupiah with `kurs` when the
 *   optional `mata_uang` column names another currency (a PMA reporting in US$); PMDN must be in rupiah.
 * - The business scale is derived from the investment excluding land and buildings (PP 7/2021 Ps 35; a PMA is always
 *   besar: classifyBusinessScale) and compared with OSS's own uraian_skala_usaha, which is kept as given.
 * - kecamatan_usaha / kelurahan_usaha are matched by name ("KEC. KOTA", "Setono Pande" = "Setonopande"); a name that
 *   is not one of the office's areas is kept as text with a warning, not an error (OSS lists projects as registered).
 */
import { isIsoDate } from "../calendar/working-days";
import { areaKey, deriveInvestmentColumns, type PreparedReferences } from "../applications/import-rows";
import { BUSINESS_SCALES, convertToRupiah, type BusinessScale } from "../investment/derive";
import { ZInvestmentFields } from "../investment/schemas";
import { checkKbliAgainst } from "../investment/kbli";
import { NUMBER_BOUNDS, decimalTextMessage, decimalTextProblem } from "../validation/bounds";

export type OssRowProblem = { line: number; column: string; message: string };

export type ParsedOssProject = {
  idProyek: string;
  nib: string;
  npwp: string | null;
  companyName: string;
  companyKind: string | null;
  issuedOn: string;
  submittedOn: string | null;
  originText: string;
  origin: string;
  riskLevel: string | null;
  ossScale: string | null;
  scale: string;
  scaleBasis: string;
  kabKota: string | null;
  kecamatanName: string | null;
  kelurahanName: string | null;
  kecamatanCode: string | null;
  kelurahanCode: string | null;
  latitude: string | null;
  longitude: string | null;
  kbli: string;
  kbliTitle: string | null;
  kbliVersion: string;
  sector: string;
  sectorGroup: string;
  sectorMinistry: string | null;
  landArea: string | null;
  currency: string;
  exchangeRate: string | null;
  investmentOriginalAmount: string | null;
  investmentValue: bigint;
  machineryValue: bigint | null;
  importedMachineryValue: bigint | null;
  landValue: bigint | null;
  buildingValue: bigint | null;
  workingCapital: bigint | null;
  otherValue: bigint | null;
  workers: number;
};

export type ParsedOssRow = {
  line: number;
  project: ParsedOssProject;
  /** nomor_registrasi: the Lentera application this project is, when the file says so. */
  registrationNo: string | null;
  /** OSS's scale (normalised) when it differs from the derived one. */
  scaleDifference: { ossScale: string; derivedScale: BusinessScale; basis: string } | null;
  warnings: OssRowProblem[];
};

const ID_PROYEK = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const NIB = /^\d{13}$/;

/** The ZInvestmentFields field each OSS column feeds, to name the OSS column in an error. */
const FIELD_COLUMNS: Record<string, string> = {
  investmentValue: "jumlah_investasi",
  investmentCurrency: "mata_uang",
  exchangeRate: "kurs",
  workersLocal: "tki",
  workersForeign: "tki",
  kbli: "kbli",
  kbliVersion: "kbli",
  origin: "uraian_status_penanaman_modal",
  landValue: "pembelian_pematangan_tanah",
  buildingValue: "bangunan_gedung",
};

const PART_COLUMNS = {
  machineryValue: "mesin_peralatan",
  importedMachineryValue: "mesin_peralatan_impor",
  workingCapital: "modal_kerja",
  otherValue: "lain_lain",
} as const;

/** "PMA", "Penanaman Modal Asing" → PMA; "PMDN", "Penanaman Modal Dalam Negeri" → PMDN; else as given. */
export function originOf(text: string): string {
  const key = text.trim().toLowerCase();
  if (key === "pma" || key.includes("asing")) return "PMA";
  if (key === "pmdn" || key.includes("dalam negeri")) return "PMDN";
  return text.trim().toUpperCase();
}

/** "Usaha Kecil", "KECIL", "usaha_kecil" → kecil; null when it is none of the four scales. */
export function scaleOf(text: string): BusinessScale | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^usaha[\s_-]*/, "");
  return (BUSINESS_SCALES as readonly string[]).includes(key) ? (key as BusinessScale) : null;
}

/** An area name without OSS's prefixes ("KECAMATAN KOTA", "Kec. Kota", "KEL. SETONO PANDE"). */
function areaName(text: string): string {
  return text.replace(/^\s*(kecamatan|kec\.?|kelurahan|kel\.?|desa)\s+/i, "");
}

/** Whole rupiah of an optional part (null when empty); the message names the column when the text is unusable. */
function partRupiah(
  text: string,
  currency: string,
  rate: string | null,
): { ok: true; value: bigint | null } | { ok: false; message: string } {
  if (text === "") return { ok: true, value: null };
  if (text.startsWith("-")) return { ok: false, message: "Nilai tidak boleh negatif." };
  const problem = decimalTextProblem(text, NUMBER_BOUNDS.amountText);
  if (problem) return { ok: false, message: decimalTextMessage("Nilai", problem, NUMBER_BOUNDS.amountText) };
  const converted = convertToRupiah(text, currency, rate);
  return converted.ok ? { ok: true, value: converted.value } : { ok: false, message: converted.error.message };
}

/** Validates one row (cells as canonical text by OSS column); see the module comment. */
export function parseOssRow(
  texts: Readonly<Record<string, string | undefined>>,
  line: number,
  areas: Pick<PreparedReferences, "kecamatan" | "kelurahan"> & Partial<Pick<PreparedReferences, "kbliLists">>,
): { ok: true; row: ParsedOssRow } | { ok: false; errors: OssRowProblem[] } {
  const errors: OssRowProblem[] = [];
  const warnings: OssRowProblem[] = [];
  const fail = (column: string, message: string) => errors.push({ line, column, message });
  const cell = (column: string) => (texts[column] ?? "").trim();
  const optional = (column: string) => cell(column) || null;

  const idProyek = cell("id_proyek");
  if (idProyek === "") fail("id_proyek", "ID proyek wajib diisi.");
  else if (!ID_PROYEK.test(idProyek)) fail("id_proyek", `ID proyek tidak valid: "${idProyek}".`);
  const nib = cell("nib").replace(/[\s.-]/g, "");
  if (nib === "") fail("nib", "NIB wajib diisi.");
  else if (!NIB.test(nib)) fail("nib", `NIB harus 13 digit angka, bukan "${cell("nib")}".`);
  const companyName = cell("nama_perusahaan");
  if (companyName === "") fail("nama_perusahaan", "Nama perusahaan wajib diisi.");
  const issuedOn = cell("tanggal_terbit_oss");
  if (issuedOn === "") fail("tanggal_terbit_oss", "Tanggal terbit wajib diisi.");
  else if (!isIsoDate(issuedOn)) fail("tanggal_terbit_oss", `Tanggal tidak valid: "${issuedOn}" (mis. 15/01/2024).`);
  const submittedOn = optional("day_of_tanggal_pengajuan_proyek");
  if (submittedOn && !isIsoDate(submittedOn))
    fail("day_of_tanggal_pengajuan_proyek", `Tanggal tidak valid: "${submittedOn}".`);

  const originText = cell("uraian_status_penanaman_modal");
  const currency = (cell("mata_uang") || "IDR").toUpperCase();
  const rate = optional("kurs");
  const tki = cell("tki") || "0";
  const investment = ZInvestmentFields.safeParse({
    investmentValue: cell("jumlah_investasi"),
    investmentCurrency: currency,
    exchangeRate: rate,
    workersLocal: tki,
    workersForeign: "0",
    kbli: cell("kbli"),
    kbliVersion: "2020",
    origin: originOf(originText),
    landValue: optional("pembelian_pematangan_tanah"),
    buildingValue: optional("bangunan_gedung"),
  });
  let derived: ReturnType<typeof deriveInvestmentColumns> | null = null;
  if (!investment.success) {
    const seen = new Set<string>();
    for (const issue of investment.error.issues) {
      const column = FIELD_COLUMNS[String(issue.path[0] ?? "investmentValue")] ?? "jumlah_investasi";
      if (!seen.has(column)) fail(column, issue.message);
      seen.add(column);
    }
  } else {
    const listed = checkKbliAgainst(investment.data.kbli, investment.data.kbliVersion, areas.kbliLists ?? {});
    derived = deriveInvestmentColumns(investment.data);
    if (!listed.ok) fail("kbli", listed.error.message);
    else if (!derived.ok) fail(FIELD_COLUMNS[derived.column] ?? derived.column, derived.message);
  }
  const parts: Partial<Record<keyof typeof PART_COLUMNS, bigint | null>> = {};
  for (const [field, column] of Object.entries(PART_COLUMNS) as [keyof typeof PART_COLUMNS, string][]) {
    const part = partRupiah(cell(column), currency, rate);
    if (part.ok) parts[field] = part.value;
    else if (investment.success) fail(column, part.message);
  }

  const kecamatanName = optional("kecamatan_usaha");
  const kelurahanName = optional("kelurahan_usaha");
  const kecamatan = kecamatanName ? areas.kecamatan.get(areaKey(areaName(kecamatanName))) : undefined;
  if (kecamatanName && !kecamatan)
    warnings.push({ line, column: "kecamatan_usaha", message: `Kecamatan "${kecamatanName}" bukan wilayah kantor.` });
  const kelurahan = kelurahanName
    ? (areas.kelurahan.get(areaKey(areaName(kelurahanName))) ?? []).find(
        (k) => !kecamatan || k.kecamatanCode === kecamatan.code,
      )
    : undefined;
  if (kelurahanName && kecamatan && !kelurahan)
    warnings.push({
      line,
      column: "kelurahan_usaha",
      message: `Kelurahan "${kelurahanName}" tidak ditemukan di Kecamatan ${kecamatan.name}.`,
    });

  if (errors.length > 0 || !derived?.ok || !investment.success) return { ok: false, errors };
  const value = derived.value;
  const ossScale = optional("uraian_skala_usaha");
  const ossScaleKey = ossScale ? scaleOf(ossScale) : null;
  return {
    ok: true,
    row: {
      line,
      registrationNo: optional("nomor_registrasi"),
      scaleDifference:
        ossScaleKey && ossScaleKey !== value.scale
          ? { ossScale: ossScale!, derivedScale: value.scale as BusinessScale, basis: value.scaleBasis }
          : null,
      warnings,
      project: {
        idProyek,
        nib,
        npwp: optional("npwp_perusahaan"),
        companyName,
        companyKind: optional("uraian_jenis_perusahaan"),
        issuedOn,
        submittedOn,
        originText,
        origin: value.origin,
        riskLevel: optional("uraian_risiko_proyek"),
        ossScale,
        scale: value.scale,
        scaleBasis: value.scaleBasis,
        kabKota: optional("kab_kota_usaha"),
        kecamatanName,
        kelurahanName,
        kecamatanCode: kecamatan?.code ?? null,
        kelurahanCode: kelurahan?.code ?? null,
        latitude: optional("latitude"),
        longitude: optional("longitude"),
        kbli: value.kbli,
        kbliTitle: optional("judul_kbli"),
        kbliVersion: value.kbliVersion,
        sector: value.sector,
        sectorGroup: value.sectorGroup,
        sectorMinistry: optional("kl_sektor_pembina"),
        landArea: optional("luas_tanah"),
        currency: value.investmentCurrency,
        exchangeRate: value.exchangeRate,
        investmentOriginalAmount: value.investmentOriginalAmount,
        investmentValue: value.investmentValue,
        machineryValue: parts.machineryValue ?? null,
        importedMachineryValue: parts.importedMachineryValue ?? null,
        landValue: value.landValue,
        buildingValue: value.buildingValue,
        workingCapital: parts.workingCapital ?? null,
        otherValue: parts.otherValue ?? null,
        workers: value.workersLocal,
      },
    },
  };
}
