/** Column order of the investment CSV exports (documented in lib/api/openapi/investment.ts). */
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
] as const;

export const TREND_EXPORT_HEADER = ["period", "group", "projects", "investment", "workers"] as const;
