/** The canonical columns of an application import row and the parsed row's types (see import-rows.ts). Pure. */
import { type Stage } from "./constants";
import { type ApplicationFigures, type TimelineEvent } from "./timeline";
import type { KbliCodeLists } from "../investment/kbli";
import type { CalendarWarning } from "../calendar/coverage";
import type { ImportMode } from "./import-modes";

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

/** What an application import answers (the staff page, POST /api/v1/applications/import, the CLI). */
export type ImportResult = {
  mode: ImportMode;
  rows: number;
  imported: number;
  created: number;
  updated: number;
  invalidRows: number;
  /** The first errors (at most 500), each with line, column and reason. */
  errors: RowError[];
  errorCount: number;
  /** False when nothing was written because of errors in all-or-nothing mode. */
  committed: boolean;
  /**
   * Years the valid rows' SLA clocks touched (clock start to due date or finish) whose holiday list is missing or
   * provisional: e.g. files of 2012 are counted as plain Monday–Friday and the import says so (issue 13).
   */
  calendarWarnings: CalendarWarning[];
};
