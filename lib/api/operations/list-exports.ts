/**
 * The Excel downloads of the staff lists that had none (issue 16): each follows its page's search, order and filters
 * (the same query parameters as the page; page and size are ignored, every row is written). Values the list does not
 * know fall back to its defaults, as on the page.
 */
import { z } from "zod";
import type { Capability } from "../../auth/roles";
import { XLSX_MEDIA_TYPE } from "../../export/xlsx";
import { defineOperation, type ParameterDoc } from "../contract";

const XLSX = { description: "Excel workbook (.xlsx, attachment), one sheet", mediaType: XLSX_MEDIA_TYPE, binary: true };

const ZListQuery = z.object({
  q: z.string().max(200, { error: "q paling panjang 200 karakter." }).optional(),
  sort: z.string().max(40).optional(),
  dir: z.string().max(4).optional(),
});

function listDocs(sorts: string, search: string): Record<string, ParameterDoc> {
  return {
    q: { description: `Search text, as on the page: ${search}` },
    sort: { description: `As on the list page: ${sorts}` },
    dir: { description: "asc or desc (the page's default when absent)" },
  };
}

function listXlsxOperation(spec: {
  path: `/api/v1/${string}`;
  tag: string;
  capability: Capability;
  summary: string;
  description: string;
  sorts: string;
  search: string;
}) {
  return defineOperation({
    method: "GET",
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    description: spec.description,
    access: { capability: spec.capability },
    query: ZListQuery,
    parameterDocs: listDocs(spec.sorts, spec.search),
    responses: { 200: XLSX },
  });
}

export const auditLogXlsxApi = defineOperation({
  method: "GET",
  path: "/api/v1/audit/export.xlsx",
  tags: ["admin"],
  summary: "The audit log as Excel, filtered, searched and ordered as on /staf/admin/audit",
  description:
    "One row per entry: time (Excel date-time, WIB), actor, action in words and its code, target and detail as readable lines.",
  access: { capability: "viewAuditLog" },
  query: ZListQuery.extend({
    action: z.string().max(80).optional(),
    actor: z.string().max(200).optional(),
    from: z.string().max(20).optional(),
    to: z.string().max(20).optional(),
  }),
  parameterDocs: {
    ...listDocs("at (default, newest first), actor, action", "actor, target and detail"),
    action: { description: "Action code, e.g. auth.signin.success" },
    actor: { description: "Part of the actor's name or e-mail" },
    from: {
      description: "First WIB day, inclusive (YYYY-MM-DD); a malformed or reversed range is ignored",
      format: "date",
    },
    to: { description: "Last WIB day, inclusive (YYYY-MM-DD)", format: "date" },
  },
  responses: { 200: XLSX },
});

export const outboxXlsxApi = listXlsxOperation({
  path: "/api/v1/outbox/export.xlsx",
  tag: "complaints",
  capability: "viewMessageOutbox",
  summary: "The SMS outbox as Excel, searched and ordered as on /staf/pengaduan/kotak-keluar",
  description: "One row per message: created (Excel date-time, WIB), recipient, text, status in words.",
  sorts: "createdAt (default, newest first), recipient, status",
  search: "recipient and text",
});

export const userListXlsxApi = listXlsxOperation({
  path: "/api/v1/users/export.xlsx",
  tag: "admin",
  capability: "manageUsers",
  summary: "The staff users as Excel, searched and ordered as on /staf/admin/pengguna",
  description:
    "One row per account: name, e-mail, role, agency, status, last sign-in and a running lock (date-times, WIB).",
  sorts: "role (default), name, email, lastLogin",
  search: "name, e-mail and agency",
});

export const tokenListXlsxApi = listXlsxOperation({
  path: "/api/v1/tokens/export.xlsx",
  tag: "admin",
  capability: "manageUsers",
  summary: "The API tokens as Excel (never their secrets), searched and ordered as on /staf/admin/token",
  description: "One row per token: name, prefix, role, created, last used, expiry (date-times, WIB) and status.",
  sorts: "name, role, createdAt (default, newest first), lastUsed, expiresAt",
  search: "name and prefix",
});

export const missingReportsXlsxApi = listXlsxOperation({
  path: "/api/v1/investment/realisation/missing.xlsx",
  tag: "investment",
  capability: "viewAnalytics",
  summary:
    "The projects owing their latest LKPM report as Excel, searched and ordered as on /staf/investasi/realisasi/belum-lapor",
  description:
    "One row per project as of today (WIB): registration number, applicant, scale, licence day (Excel date), latest period owed, reports filed and due, planned investment (rupiah).",
  sorts: "issued (default, oldest licence first), registrationNo, applicant, scale",
  search: "start of the registration number or part of the applicant's name",
});
