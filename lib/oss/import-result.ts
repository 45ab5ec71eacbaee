/**
 * What an OSS project import (or its preview) reports: counts, the rows it will create, update or leave unchanged
 * and how each is linked, the expected OSS headers the file lacks, errors and warnings by line and column, and the
 * scales that differ from OSS's. Pure: the import fills it row by row, keeping only bounded samples.
 */
import type { ImportMode } from "../applications/import-modes";
import type { BusinessScale } from "../investment/derive";
import type { LinkBasis } from "./link";
import type { OssRowProblem } from "./parse-row";

export type OssRowAction = "create" | "update" | "unchanged";

export type OssPlannedRow = {
  line: number;
  idProyek: string;
  nib: string;
  companyName: string;
  action: OssRowAction;
  /** Integer rupiah as text. */
  investmentValue: string;
  link: { applicationId: string; registrationNo: string | null; basis: LinkBasis } | null;
  /** Unlinked although the NIB has this many free applications (the planner should add nomor_registrasi). */
  ambiguousCandidates: number;
};

export type OssScaleDifference = {
  line: number;
  idProyek: string;
  companyName: string;
  ossScale: string;
  derivedScale: BusinessScale;
  basis: string;
};

export type OssImportResult = {
  dryRun: boolean;
  committed: boolean;
  importId: string | null;
  mode: ImportMode;
  format: "xlsx" | "csv";
  sheetName: string | null;
  headerLine: number;
  rows: number;
  validRows: number;
  invalidRows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Valid rows linked to a Lentera application (their figures replace the application's). */
  linked: number;
  ambiguous: number;
  /** Sum of jumlah_investasi of the valid rows, integer rupiah as text. */
  totalInvestment: string;
  /** Expected OSS headers the file lacks, and the sentence the preview shows for each. */
  missingHeaders: string[];
  missingHeaderMessages: string[];
  ignoredHeaders: string[];
  errors: OssRowProblem[];
  errorCount: number;
  warnings: OssRowProblem[];
  warningCount: number;
  scaleDifferences: OssScaleDifference[];
  scaleDifferenceCount: number;
  /** The first rows with what the import does to each (all of them up to MAX_LISTED). */
  plannedRows: OssPlannedRow[];
};

export const MAX_LISTED = 500;

export function emptyResult(input: {
  dryRun: boolean;
  mode: ImportMode;
  format: "xlsx" | "csv";
  sheetName: string | null;
  headerLine: number;
  missingHeaders: string[];
  ignoredHeaders: string[];
}): OssImportResult {
  return {
    ...input,
    committed: false,
    importId: null,
    rows: 0,
    validRows: 0,
    invalidRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    linked: 0,
    ambiguous: 0,
    totalInvestment: "0",
    missingHeaderMessages: input.missingHeaders.map((header) => `kolom ${header} tidak ada`),
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
    scaleDifferences: [],
    scaleDifferenceCount: 0,
    plannedRows: [],
  };
}

/** Appends to a bounded list and counts everything. */
export function pushBounded<T>(list: T[], item: T): void {
  if (list.length < MAX_LISTED) list.push(item);
}
