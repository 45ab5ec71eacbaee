/**
 * Downloads people use (issue 16): Excel workbooks of the dashboards and lists (typed cells, a sheet per table,
 * Indonesian headers) and PDF reports with the office letterhead, period, signature block and page numbers.
 */
import { z } from "zod";
import { ZSkmSummaryQuery } from "../../skm/schemas";
import { parsePeriodKey } from "../../periods/periods";
import type { ParameterDoc } from "../contract";
import { ZInvestmentFilter } from "../../investment/schemas";
import { ZComplaintMetricsExportQuery } from "../../complaints/schemas";
import { FILTER_DOCS as INVESTMENT_FILTER_DOCS } from "./investment";
import { downloadFamily, fileDownload, PDF_FILE as PDF, XLSX_FILE as XLSX } from "./shared";

/** `periode`: a calendar period key of the leadership dashboard; absent → the current year to date. */
export const ZScorecardQuery = z.object({
  periode: z
    .string()
    .refine((key) => parsePeriodKey(key)?.kind !== undefined && parsePeriodKey(key)?.kind !== "custom", {
      error: "periode harus seperti 2026, 2026-S1, 2026-Q2 atau 2026-05.",
    })
    .optional(),
});
const PERIOD_DOCS: Record<string, ParameterDoc> = {
  periode: { description: "Period key (2026, 2026-S1, 2026-Q2, 2026-05); default: this year to date" },
};
const SKM_DOCS: Record<string, ParameterDoc> = {
  from: { description: "First WIB day, inclusive (YYYY-MM-DD)", format: "date" },
  to: { description: "Last WIB day, inclusive (YYYY-MM-DD)", format: "date" },
  questionnaire: { description: "SKM-2017 (default) or IKM-2004" },
  licenseType: { description: "Licence type code" },
  counter: { description: "Counter code" },
  channel: { description: "Collection channel" },
};

const SCORECARD = downloadFamily("kpi", "viewDashboards", ZScorecardQuery, PERIOD_DOCS);
const SKM_SUMMARY = downloadFamily("skm", "viewSkmDashboard", ZSkmSummaryQuery, SKM_DOCS);

export const scorecardXlsxApi = fileDownload("/api/v1/kpi/scorecard.xlsx", XLSX, {
  ...SCORECARD,
  summary: "The leadership scorecard as Excel: sheet Kartu kinerja (one row per KPI) and Tren (last six periods)",
  description:
    "Values are typed: IKM and days as decimals, percentages as fractions with a % format, rupiah as whole numbers with a currency format, counts as integers. Headers in the reader's language (Indonesian unless the language cookie says English).",
});

export const scorecardPdfApi = fileDownload("/api/v1/kpi/scorecard.pdf", PDF, {
  ...SCORECARD,
  summary: "The leadership scorecard as a signed PDF report (letterhead, period, signature block, page numbers)",
});

export const weeklyReviewPdfApi = fileDownload("/api/v1/kpi/weekly-review.pdf", PDF, {
  tags: ["kpi"],
  summary: "The weekly review (last seven days against the week before) as a signed PDF report",
  access: { capability: "viewDashboards" },
});

export const skmDashboardXlsxApi = fileDownload("/api/v1/skm/export/dashboard.xlsx", XLSX, {
  ...SKM_SUMMARY,
  summary:
    "The SKM dashboard as Excel: per element, per licence type and the IKM trend (same parameters as the summary)",
});

export const skmReportPdfApi = fileDownload("/api/v1/skm/report.pdf", PDF, {
  ...SKM_SUMMARY,
  summary: "The SKM report of a period as a signed PDF: IKM, grade, respondents, per element and per licence type",
});

export const applicationListXlsxApi = fileDownload("/api/v1/applications/export.xlsx", XLSX, {
  tags: ["applications"],
  summary:
    "The application list as Excel: the files in progress, or those whose registration number starts with q or whose applicant name contains it",
  description:
    "One row per file (all of them, not one page): registration number, applicant, licence type, status, stage, submission day and due date (Excel dates, WIB).",
  access: { capability: "viewApplications" },
  query: z.object({
    q: z.string().max(60, { error: "q paling panjang 60 karakter." }).optional(),
    sort: z.string().max(40).optional(),
    dir: z.string().max(4).optional(),
  }),
  parameterDocs: {
    q: { description: "Start of a registration number or part of the applicant's name, e.g. KDR-2026" },
    sort: {
      description: "As on the list page: registrationNo, applicant, status, stage, dueDate (default), submittedAt",
    },
    dir: { description: "asc (default) or desc" },
  },
});

const ZProcessingQuery = z.object({
  from: z.iso.date({ error: "from harus tanggal YYYY-MM-DD." }).optional(),
  to: z.iso.date({ error: "to harus tanggal YYYY-MM-DD." }).optional(),
  licenseType: z.string().max(40).optional(),
  kecamatan: z.string().max(20).optional(),
});
const PROCESSING_DOCS: Record<string, ParameterDoc> = {
  from: { description: "First WIB day (YYYY-MM-DD); default: two years before `to`", format: "date" },
  to: { description: "Last WIB day (YYYY-MM-DD); default: today", format: "date" },
  licenseType: { description: "Licence type code (unknown codes are ignored, as on the page)" },
  kecamatan: { description: "Kemendagri code of the kecamatan" },
};
const PROCESSING = downloadFamily("applications", "viewProcessingTimes", ZProcessingQuery, PROCESSING_DOCS);

export const processingXlsxApi = fileDownload("/api/v1/processing/export.xlsx", XLSX, {
  ...PROCESSING,
  summary:
    "The processing dashboard as Excel: summary, per licence type, stage, month, distribution, age, overdue, fees",
  description:
    "Working days as numbers (2 decimals), on-time rates as fractions with a % format, fees in rupiah, due dates as Excel dates.",
});

export const processingPdfApi = fileDownload("/api/v1/processing/report.pdf", PDF, {
  ...PROCESSING,
  summary: "The processing report as a signed PDF (the same tables as the Excel download)",
});

export const investmentXlsxApi = fileDownload("/api/v1/investment/dashboard.xlsx", XLSX, {
  tags: ["investment"],
  summary:
    "The investment dashboard as Excel: the trend and one sheet per breakdown (sector, kecamatan, origin, scale)",
  description:
    "Same filter as the dashboard. Rupiah as whole numbers with a currency format, counts as integers, each group's share of the investment as a fraction with a % format.",
  access: { capability: "viewAnalytics" },
  query: ZInvestmentFilter,
  parameterDocs: INVESTMENT_FILTER_DOCS,
});

export const complaintMetricsXlsxApi = fileDownload("/api/v1/complaints/metrics.xlsx", XLSX, {
  tags: ["complaints"],
  summary:
    "The complaint metrics as Excel: summary, per handling category, per category, per status and the monthly trend",
  description:
    "Complaints received from…to (default: the first day of the same month a year earlier to today, as on the page). Percentages as fractions with a % format, working days with one decimal, counts as integers.",
  access: { capability: "viewComplaintMetrics" },
  query: ZComplaintMetricsExportQuery,
  parameterDocs: {
    from: { description: "First WIB day of receipt (YYYY-MM-DD)", format: "date" },
    to: { description: "Last WIB day of receipt (YYYY-MM-DD); default: today", format: "date" },
  },
});

export const publishedSkmReportPdfApi = fileDownload("/api/v1/skm/published/{periodKey}/report.pdf", PDF, {
  tags: ["skm"],
  summary: "A published SKM report as a PDF (anonymous): the frozen snapshot of /laporan/skm/{periodKey}",
  description:
    "Letterhead, period, IKM, grade and respondents, per element and the follow-up plan, exactly as published (read from the snapshot, never recomputed). versi opens an earlier version of a revised report. Drafts, withdrawn reports and unknown periods or versions: 404.",
  access: { public: true },
  params: z.object({ periodKey: z.string().max(20) }),
  query: z.object({
    versi: z.coerce.number({ error: "versi harus bilangan bulat 1 atau lebih." }).int().min(1).optional(),
  }),
  parameterDocs: {
    periodKey: { description: "Period key of the report, e.g. 2026-Q2", examples: ["2026-Q2"] },
    versi: { description: "Version number of a revised report; default: the current version" },
  },
  errors: { 404: "No published report for this period (or version)" },
});
