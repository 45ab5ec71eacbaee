/**
 * Parsing and validation of application CSV rows (issue 5 columns + issue 6 investment columns). Pure: reference
 * data (licence types, areas, counters) and the calendar are passed in; the IO layer stores the result.
 *
 * Line numbers count the header as line 1, so the first data row is line 2 (what a spreadsheet shows).
 */
import { z } from "zod";
import { isIsoDate, type WorkCalendar } from "../calendar/working-days";
import { classifyBusinessScale, convertToRupiah, ZInvestmentFields } from "../investment/derive";
import { checkKbliAgainst, type KbliCodeLists } from "../investment/kbli";
import { sectorFromKbli } from "../investment/sectors";
import { integerRangeMessage, NUMBER_BOUNDS } from "../validation/bounds";
import {
  APPLICANT_KINDS,
  REGISTRATION_NO_RULE,
  STATUSES,
  isOpenStatus,
  normalizeRegistrationNo,
  type Stage,
} from "./constants";
import { deriveApplicationFigures, replayTimeline, type ApplicationFigures, type TimelineEvent } from "./timeline";

export const REQUIRED_COLUMNS = [
  "registrationNo",
  "licenseType",
  "applicantName",
  "applicantKind",
  "kecamatan",
  "kelurahan",
  "submittedAt",
  "completedAt",
  "status",
  "feeCharged",
  "counter",
] as const;

/** Optional stage timestamps: the column → the stage it starts. */
export const STAGE_COLUMNS = {
  verifikasiAt: "verifikasi",
  tinjauanLapanganAt: "tinjauan_lapangan",
  rekomendasiTeknisAt: "rekomendasi_teknis",
  penetapanAt: "penetapan",
  penyerahanAt: "penyerahan",
} as const satisfies Record<string, Stage>;

export const OPTIONAL_COLUMNS = [
  "fileCompleteAt",
  ...(Object.keys(STAGE_COLUMNS) as (keyof typeof STAGE_COLUMNS)[]),
  "returnedAt",
  "resumedAt",
  "outcomeReason",
  "nib",
] as const;

export const INVESTMENT_COLUMNS = [
  "investmentValue",
  "investmentCurrency",
  "exchangeRate",
  "workersLocal",
  "workersForeign",
  "kbli",
  "kbliVersion",
  "origin",
  "landValue",
  "buildingValue",
] as const;

export const CANONICAL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...INVESTMENT_COLUMNS] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export type LicenseTypeRef = { id: number; code: string; slaDays: number; tariff: number; isBusiness: boolean };
export type KelurahanRef = { code: string; name: string; kecamatanCode: string };
export type KecamatanRef = { code: string; name: string };
export type ImportReferences = {
  licenseTypes: readonly LicenseTypeRef[];
  kecamatan: readonly KecamatanRef[];
  kelurahan: readonly KelurahanRef[];
  counters: readonly { id: number; code: string }[];
  /** The office's KBLI lists (lib/investment/kbli-store.ts); a version without one accepts any valid code. */
  kbliLists?: KbliCodeLists;
};

export type RowError = { line: number; column: string; message: string };

export type ParsedApplicationRow = {
  line: number;
  registrationNo: string;
  licenseTypeId: number;
  applicantName: string | null;
  applicantKind: string;
  kecamatanCode: string;
  kelurahanCode: string;
  submittedAt: Date;
  fileCompleteAt: Date;
  outcomeReason: string | null;
  counterId: number | null;
  feeCharged: number | null;
  slaDays: number;
  tariff: number;
  investment: InvestmentColumns | null;
  /** Nomor Induk Berusaha (13 digits) of a business applicant, linking OSS projects; null when not given. */
  nib: string | null;
  events: TimelineEvent[];
  /** Which CSV column produced each event, to name it in an error. */
  figures: ApplicationFigures;
};

export type InvestmentColumns = {
  investmentValue: bigint;
  investmentCurrency: string;
  investmentOriginalAmount: string | null;
  exchangeRate: string | null;
  workersLocal: number;
  workersForeign: number;
  kbli: string;
  kbliVersion: string;
  sector: string;
  sectorGroup: string;
  origin: string;
  scale: string;
  /** Land and building values in rupiah (null when not declared). */
  landValue: bigint | null;
  buildingValue: bigint | null;
  /** How the scale was derived (ScaleBasis). */
  scaleBasis: string;
};

/**
 * The stored investment columns of a validated investment block (import row or officer form): the amount in
 * exact rupiah (foreign declarations keep the original amount and the rate), the BKPM sector and group from the
 * KBLI code, and the business scale from the capital. Fails naming the column when the rate or KBLI is unusable.
 */
export function deriveInvestmentColumns(
  fields: z.infer<typeof ZInvestmentFields>,
): { ok: true; value: InvestmentColumns } | { ok: false; column: "exchangeRate" | "kbli"; message: string } {
  const rupiah = convertToRupiah(fields.investmentValue, fields.investmentCurrency, fields.exchangeRate);
  if (!rupiah.ok) return { ok: false, column: "exchangeRate", message: rupiah.error.message };
  const sector = sectorFromKbli(fields.kbli, fields.kbliVersion);
  if (!sector.ok) return { ok: false, column: "kbli", message: sector.error.message };
  const isForeign = fields.investmentCurrency !== "IDR";
  const part = (value: string | null) => {
    if (value === null) return null;
    const converted = convertToRupiah(value, fields.investmentCurrency, fields.exchangeRate);
    return converted.ok ? converted.value : null;
  };
  const landValue = part(fields.landValue);
  const buildingValue = part(fields.buildingValue);
  const classified = classifyBusinessScale({
    origin: fields.origin,
    investmentRupiah: rupiah.value,
    landRupiah: landValue,
    buildingRupiah: buildingValue,
  });
  return {
    ok: true,
    value: {
      investmentValue: rupiah.value,
      investmentCurrency: fields.investmentCurrency,
      investmentOriginalAmount: isForeign ? fields.investmentValue : null,
      exchangeRate: isForeign ? fields.exchangeRate : null,
      workersLocal: fields.workersLocal,
      workersForeign: fields.workersForeign,
      kbli: fields.kbli,
      kbliVersion: fields.kbliVersion,
      sector: sector.value.code,
      sectorGroup: sector.value.group,
      origin: fields.origin,
      scale: classified.scale,
      landValue,
      buildingValue,
      scaleBasis: classified.basis,
    },
  };
}

const WIB_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "2026-03-17" → midnight WIB; "2026-03-17T09:30" → 09:30 WIB (no zone means Asia/Jakarta, UTC+7);
 * "2026-03-17T02:30Z" or "…+08:00" → that instant. Null when the text is not such a timestamp or not a real date.
 */
export function parseWibTimestamp(text: string): Date | null {
  const match = WIB_TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, day, hour = "00", minute = "00", second = "00", zone] = match;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  if (!isIsoDate(day)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  // Offset in minutes east of UTC: none given means WIB (+07:00). Built from numbers: no Date string parsing.
  let offsetMinutes = 7 * 60;
  if (zone === "Z") offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(":", "");
    const sign = digits[0] === "-" ? -1 : 1;
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return new Date(
    Date.UTC(year, month - 1, date, Number(hour), Number(minute), Number(second)) - offsetMinutes * 60_000,
  );
}

/** Lower-case, no spaces or punctuation: "Setono Pande" and "Setonopande" are the same kelurahan (reference §7). */
export function areaKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, "")
    .replace(/\./g, "");
}

/** A Nomor Induk Berusaha as OSS issues it: 13 digits (spaces, dots and dashes are ignored on input). */
export const NIB_PATTERN = /^\d{13}$/;
export const NIB_RULE = "NIB harus 13 digit angka, mis. 9120001234567.";

const STATUS_ALIASES: Record<string, string> = {
  diproses: "in_process",
  proses: "in_process",
  dikembalikan: "returned",
  terbit: "issued",
  selesai: "issued",
  ditolak: "rejected",
  dicabut: "withdrawn",
  dibatalkan: "withdrawn",
};

const APPLICANT_KIND_ALIASES: Record<string, string> = {
  perorangan: "individual",
  "badan usaha": "business",
  badan_usaha: "business",
};

/** Prepared lookups, built once per file. */
export function prepareReferences(refs: ImportReferences) {
  const licenseTypes = new Map(refs.licenseTypes.map((lt) => [lt.code.toUpperCase(), lt]));
  const kecamatan = new Map<string, KecamatanRef>();
  for (const k of refs.kecamatan) {
    kecamatan.set(areaKey(k.code), k);
    kecamatan.set(areaKey(k.name), k);
  }
  const kelurahan = new Map<string, KelurahanRef[]>();
  for (const k of refs.kelurahan) {
    for (const key of new Set([areaKey(k.code), areaKey(k.name)])) {
      const list = kelurahan.get(key) ?? [];
      list.push(k);
      kelurahan.set(key, list);
    }
  }
  const counters = new Map(refs.counters.map((c) => [c.code.toUpperCase(), c.id]));
  return { licenseTypes, kecamatan, kelurahan, counters, kbliLists: refs.kbliLists ?? {} };
}
export type PreparedReferences = ReturnType<typeof prepareReferences>;

const ZFee = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return null;
    if (/^-\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Biaya tidak boleh negatif." });
      return z.NEVER;
    }
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      ctx.addIssue({ code: "custom", message: "Biaya harus bilangan bulat rupiah, mis. 350000 atau 350.000." });
      return z.NEVER;
    }
    if (Number(text) > NUMBER_BOUNDS.feeRupiah.max) {
      ctx.addIssue({ code: "custom", message: integerRangeMessage("Biaya", NUMBER_BOUNDS.feeRupiah) });
      return z.NEVER;
    }
    return Number(text);
  });

/**
 * Validates one CSV row (already keyed by canonical column names). Returns the parsed row or its errors (each
 * naming the line and the column). `today` is the WIB day used for open files' figures.
 */
export function parseApplicationRow(
  raw: Readonly<Record<string, string | undefined>>,
  line: number,
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
): { ok: true; row: ParsedApplicationRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (column: string, message: string) => errors.push({ line, column, message });
  const text = (column: string) => (raw[column] ?? "").trim();

  const registrationText = text("registrationNo");
  const registrationNo = normalizeRegistrationNo(registrationText) ?? registrationText;
  if (registrationText === "") fail("registrationNo", "Nomor registrasi wajib diisi.");
  else if (normalizeRegistrationNo(registrationText) === null) fail("registrationNo", REGISTRATION_NO_RULE);

  const licenseCode = text("licenseType").toUpperCase();
  const licenseType = refs.licenseTypes.get(licenseCode);
  if (licenseCode === "") fail("licenseType", "Jenis izin wajib diisi.");
  else if (!licenseType) fail("licenseType", `Jenis izin tidak dikenal: ${text("licenseType")}.`);

  const kindText = text("applicantKind").toLowerCase();
  const applicantKind = APPLICANT_KIND_ALIASES[kindText] ?? kindText;
  if (!(APPLICANT_KINDS as readonly string[]).includes(applicantKind)) {
    fail("applicantKind", "Jenis pemohon harus individual atau business.");
  }

  const kecamatan = refs.kecamatan.get(areaKey(text("kecamatan")));
  if (text("kecamatan") === "") fail("kecamatan", "Kecamatan wajib diisi.");
  else if (!kecamatan) fail("kecamatan", `Kecamatan tidak dikenal: ${text("kecamatan")}.`);
  const kelurahanMatches = refs.kelurahan.get(areaKey(text("kelurahan"))) ?? [];
  const kelurahan = kelurahanMatches.find((k) => !kecamatan || k.kecamatanCode === kecamatan.code) ?? null;
  if (text("kelurahan") === "") fail("kelurahan", "Kelurahan wajib diisi.");
  else if (kelurahanMatches.length === 0) fail("kelurahan", `Kelurahan tidak dikenal: ${text("kelurahan")}.`);
  else if (!kelurahan)
    fail("kelurahan", `Kelurahan ${text("kelurahan")} tidak berada di Kecamatan ${kecamatan?.name}.`);

  const dateOf = (column: string, required: boolean): Date | null => {
    const value = text(column);
    if (value === "") {
      if (required) fail(column, "Tanggal wajib diisi.");
      return null;
    }
    const parsed = parseWibTimestamp(value);
    if (!parsed)
      fail(column, `Tanggal tidak valid: "${value}" (pakai mis. 17/03/2026 09:30, 2026-03-17 atau 2026-03-17T09:30).`);
    return parsed;
  };
  const submittedAt = dateOf("submittedAt", true);
  const fileCompleteAt = dateOf("fileCompleteAt", false) ?? submittedAt;
  const completedAt = dateOf("completedAt", false);

  const statusText = text("status").toLowerCase();
  const status = STATUS_ALIASES[statusText] ?? statusText;
  if (!(STATUSES as readonly string[]).includes(status)) {
    fail("status", "Status harus in_process, returned, issued, rejected atau withdrawn.");
  } else if (!isOpenStatus(status) && text("completedAt") === "") {
    fail("completedAt", `Tanggal selesai wajib untuk status ${status}.`);
  } else if (isOpenStatus(status) && text("completedAt") !== "") {
    fail("completedAt", `Permohonan berstatus ${status} belum selesai; kosongkan tanggal selesai.`);
  }

  const fee = ZFee.safeParse(text("feeCharged"));
  if (!fee.success) fail("feeCharged", fee.error.issues[0].message);

  const nib = text("nib").replace(/[\s.-]/g, "");
  if (nib !== "" && !NIB_PATTERN.test(nib)) fail("nib", NIB_RULE);

  const counterText = text("counter").toUpperCase();
  const counterId = counterText === "" ? null : (refs.counters.get(counterText) ?? null);
  if (counterText !== "" && counterId === null) fail("counter", `Loket tidak dikenal: ${text("counter")}.`);

  // Investment columns: only for business licences, all-or-none.
  let investment: InvestmentColumns | null = null;
  const hasInvestment = INVESTMENT_COLUMNS.some((column) => text(column) !== "");
  if (hasInvestment && licenseType && !licenseType.isBusiness) {
    fail("investmentValue", `Kolom investasi hanya untuk izin usaha; ${licenseType.code} bukan izin usaha.`);
  } else if (hasInvestment) {
    const input = Object.fromEntries(INVESTMENT_COLUMNS.map((column) => [column, text(column)]));
    const parsed = ZInvestmentFields.safeParse({ ...input, exchangeRate: input.exchangeRate || null });
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "investmentValue");
        if (!seen.has(column)) fail(column, issue.message);
        seen.add(column);
      }
    } else {
      const listed = checkKbliAgainst(parsed.data.kbli, parsed.data.kbliVersion, refs.kbliLists);
      const derived = deriveInvestmentColumns(parsed.data);
      if (!listed.ok) fail("kbli", listed.error.message);
      else if (derived.ok) investment = derived.value;
      else fail(derived.column, derived.message);
    }
  }

  // The timeline, in the order the columns promise; the state machine reports the first out-of-order event.
  const timed: { column: string; event: TimelineEvent }[] = [];
  if (submittedAt)
    timed.push({ column: "submittedAt", event: { kind: "stage", stage: "pendaftaran", at: submittedAt } });
  if (submittedAt && fileCompleteAt && fileCompleteAt < submittedAt) {
    fail("fileCompleteAt", "Tanggal berkas lengkap lebih awal dari tanggal pengajuan.");
  }
  if (submittedAt && completedAt && completedAt < submittedAt) {
    fail("completedAt", "Tanggal selesai lebih awal dari tanggal pengajuan.");
  }
  for (const [column, stage] of Object.entries(STAGE_COLUMNS)) {
    const at = dateOf(column, false);
    if (at) timed.push({ column, event: { kind: "stage", stage, at } });
  }
  const returnedAt = dateOf("returnedAt", false);
  const resumedAt = dateOf("resumedAt", false);
  if (resumedAt && !returnedAt) fail("resumedAt", "Tanggal berkas kembali diisi tanpa tanggal dikembalikan.");
  if (status === "returned" && !returnedAt) fail("returnedAt", "Status returned memerlukan tanggal dikembalikan.");
  if (status === "returned" && resumedAt)
    fail("resumedAt", "Status returned: berkas belum kembali, kosongkan resumedAt.");
  if (returnedAt) timed.push({ column: "returnedAt", event: { kind: "pause", stage: "", at: returnedAt } });
  if (returnedAt && resumedAt) timed.push({ column: "resumedAt", event: { kind: "resume", stage: "", at: resumedAt } });
  if (completedAt && !isOpenStatus(status)) {
    if (status === "issued" && !text("penyerahanAt")) {
      // Legacy exports often carry only the issue date: the decree and the hand-over are that moment.
      if (!text("penetapanAt"))
        timed.push({ column: "completedAt", event: { kind: "stage", stage: "penetapan", at: completedAt } });
      timed.push({ column: "completedAt", event: { kind: "stage", stage: "penyerahan", at: completedAt } });
    }
    timed.push({
      column: "completedAt",
      event: { kind: "outcome", stage: status, at: completedAt, note: text("outcomeReason") || null },
    });
  }

  if (errors.length > 0) return { ok: false, errors };

  // Stable sort by time: at equal times, column order (stages before the outcome) stands.
  const ordered = timed
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.event.at.getTime() - b.event.at.getTime() || a.index - b.index);
  // Fill in the pending stage names on pause/resume events (the stage the file was in).
  const events = ordered.map((item) => item.event);
  const replay = replayTimeline(events);
  if (!replay.ok) {
    return { ok: false, errors: [{ line, column: ordered[replay.index].column, message: replay.message }] };
  }
  let currentStage = "pendaftaran";
  for (const event of events) {
    if (event.kind === "stage") currentStage = event.stage;
    else if (event.kind === "pause" || event.kind === "resume") event.stage = currentStage;
  }
  const lt = licenseType as LicenseTypeRef;
  const feeCharged = fee.success ? fee.data : null;
  const figures = deriveApplicationFigures(
    cal,
    { fileCompleteAt: fileCompleteAt as Date, slaDays: lt.slaDays, feeCharged, tariff: lt.tariff, events },
    today,
  );
  if (figures.status !== status) {
    return {
      ok: false,
      errors: [
        {
          line,
          column: "status",
          message: `Status ${status} tidak sesuai dengan tahap-tahap yang diisi (${figures.status}).`,
        },
      ],
    };
  }
  return {
    ok: true,
    row: {
      line,
      registrationNo,
      licenseTypeId: lt.id,
      applicantName: text("applicantName") || null,
      applicantKind,
      kecamatanCode: (kecamatan as KecamatanRef).code,
      kelurahanCode: (kelurahan as KelurahanRef).code,
      submittedAt: submittedAt as Date,
      fileCompleteAt: fileCompleteAt as Date,
      outcomeReason: text("outcomeReason") || null,
      counterId,
      feeCharged,
      slaDays: lt.slaDays,
      tariff: lt.tariff,
      investment,
      nib: nib || null,
      events,
      figures,
    },
  };
}

export type RowValidationSummary = {
  /** Data rows seen. */
  rows: number;
  validRows: number;
  /** Rows with at least one error (a row can have several). */
  invalidRows: number;
  /** The first `maxErrors` errors, in file order. */
  errors: RowError[];
  /** Every error, including those beyond `maxErrors`. */
  errorCount: number;
};

export type ApplicationRowValidator = {
  /**
   * Validates the next data row of the file; returns the parsed row when it is valid, otherwise null. `line` is the
   * row's line in the file (default: the header is line 1 and rows follow without gaps).
   */
  next(raw: Readonly<Record<string, string | undefined>>, line?: number): ParsedApplicationRow | null;
  summary(): RowValidationSummary;
};

/**
 * Validates a file's data rows one at a time, in file order, without keeping them: per-row checks plus duplicate
 * registration numbers within the file (the second and later occurrences are errors naming the first line; only
 * registration number → first line is remembered). Keeps the first `maxErrors` errors and counts all of them, so
 * memory stays bounded by the number of distinct registration numbers whatever the file size.
 * Fed the same rows twice, two validators give the same verdicts (used by the streaming import's two passes).
 */
export function createApplicationRowValidator(
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
  options: { maxErrors?: number } = {},
): ApplicationRowValidator {
  const maxErrors = options.maxErrors ?? Number.POSITIVE_INFINITY;
  const firstLine = new Map<string, number>();
  const errors: RowError[] = [];
  let rows = 0;
  let validRows = 0;
  let invalidRows = 0;
  let errorCount = 0;
  return {
    next(raw, fileLine) {
      rows += 1;
      const line = fileLine ?? rows + 1;
      const result = parseApplicationRow(raw, line, refs, cal, today);
      const registrationText = (raw.registrationNo ?? "").trim();
      const registrationNo = normalizeRegistrationNo(registrationText) ?? registrationText;
      const previous = registrationNo ? firstLine.get(registrationNo) : undefined;
      const rowErrors = result.ok ? [] : [...result.errors];
      if (previous !== undefined) {
        rowErrors.push({
          line,
          column: "registrationNo",
          message: `Nomor registrasi ${registrationNo} ganda dalam berkas (sudah di baris ${previous}).`,
        });
      } else if (registrationNo) firstLine.set(detachedCopy(registrationNo), line);
      if (rowErrors.length === 0 && result.ok) {
        validRows += 1;
        return result.row;
      }
      invalidRows += 1;
      errorCount += rowErrors.length;
      for (const error of rowErrors) if (errors.length < maxErrors) errors.push(error);
      return null;
    },
    summary: () => ({ rows, validRows, invalidRows, errors: [...errors], errorCount }),
  };
}

/**
 * A copy of a short string that does not keep its source alive: a CSV parser's cells are slices of a whole chunk of
 * text, so remembering one cell per row would keep every chunk of the file in memory.
 */
function detachedCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Validates every row of an in-memory file (all errors kept); see createApplicationRowValidator. */
export function parseApplicationRows(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  refs: PreparedReferences,
  cal: WorkCalendar,
  today: string,
): { valid: ParsedApplicationRow[]; errors: RowError[]; invalidLines: number } {
  const validator = createApplicationRowValidator(refs, cal, today);
  const valid: ParsedApplicationRow[] = [];
  for (const raw of rows) {
    const row = validator.next(raw);
    if (row) valid.push(row);
  }
  const { errors, invalidRows } = validator.summary();
  return { valid, errors, invalidLines: invalidRows };
}
