import type { CsvValue } from "../csv/safe-cell";
import type { InvestmentProject } from "./project-queries";

/** Column order of the investment CSV exports (documented in lib/api/operations/investment.ts). */
export const PROJECT_EXPORT_HEADER = [
  "registrationNo",
  "licenseType",
  "applicantName",
  "submittedDate",
  "issuedDate",
  "kbli",
  "kbliVersion",
  "sector",
  "sectorGroup",
  "origin",
  "scale",
  "kecamatanCode",
  "kelurahanCode",
  "investmentValue",
  "investmentCurrency",
  "investmentOriginalAmount",
  "exchangeRate",
  "workersLocal",
  "workersForeign",
  "landValue",
  "buildingValue",
  "scaleBasis",
] as const;

export const TREND_EXPORT_HEADER = ["period", "group", "projects", "investment", "workers"] as const;

/** The cells of one project in PROJECT_EXPORT_HEADER order. */
export function projectCells(project: InvestmentProject): CsvValue[] {
  return PROJECT_EXPORT_HEADER.map((name) => project[name]);
}
