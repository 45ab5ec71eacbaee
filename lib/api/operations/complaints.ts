/** Complaints: the SMS/WhatsApp gateway webhook and the handling summary. */
import { z } from "zod";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "../../complaints/complaint-rules";
import {
  ZComplaintListExportQuery,
  ZComplaintSummaryQuery,
  ZSmsFormMessage,
  ZSmsJsonMessage,
} from "../../complaints/schemas";
import { defineOperation, formBody, jsonBody } from "../contract";
import {
  DATE_RANGE_DOCS,
  XLSX_FILE,
  ZCalendarWarnings,
  createdOrRetried,
  fileDownload,
  nullableNumber,
} from "./shared";

/** Raw bodies up to 256 KB are read (and signed); text longer than COMPLAINT_TEXT_MAX then gets a clear 422. */
const GATEWAY_BODY_LIMIT_BYTES = 256 * 1024;
const GATEWAY_INVALID = "Pesan gateway tidak valid.";

const ZSmsReply = z.object({
  ticketNo: z.string().meta({ examples: ["PGD-2026-000123"] }),
  deadlineOn: z.string().describe("Handling deadline, WIB date YYYY-MM-DD"),
  duplicate: z.boolean().describe("true when this message id was already received (gateway retry)"),
  reply: z.string().describe("Acknowledgement text for the sender (ticket number and check code)"),
});

export const receiveSmsApi = defineOperation({
  method: "POST",
  path: "/api/v1/complaints/sms",
  tags: ["complaints"],
  summary: "SMS/WhatsApp gateway webhook: an inbound message becomes a complaint ticket",
  description:
    "Idempotent by message id. A sender over 5 messages in 10 minutes gets 429 for the surplus only. The body is read (at most 256 KB) and authenticated before it is parsed.",
  access: {
    custom:
      "Authenticated by a shared secret (LENTERA_SMS_SECRET): in token mode the header `X-Gateway-Token` (or `Authorization: Bearer`); in hmac mode the header `X-Signature` = hex HMAC-SHA256 of the raw body.",
    security: [],
  },
  headers: [
    { name: "X-Gateway-Token", description: "The shared secret (token mode)" },
    { name: "X-Signature", description: "Hex HMAC-SHA256 of the raw body with the shared secret (hmac mode)" },
  ],
  body: [
    jsonBody(ZSmsJsonMessage, { maxBytes: GATEWAY_BODY_LIMIT_BYTES, invalidMessage: GATEWAY_INVALID }),
    formBody(ZSmsFormMessage, {
      maxBytes: GATEWAY_BODY_LIMIT_BYTES,
      invalidMessage: GATEWAY_INVALID,
      description: "Twilio-style form fields",
    }),
  ],
  responses: createdOrRetried(ZSmsReply, "Ticket created", "Retry of a known message id: the same ticket"),
  errors: {
    401: "Missing or wrong gateway secret or signature",
    429: "Too many messages from this sender; see Retry-After",
  },
});

const counts = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number().int());

export const complaintSummaryApi = defineOperation({
  method: "GET",
  path: "/api/v1/complaints/summary",
  tags: ["complaints"],
  summary: "Complaint handling summary for complaints received in a period",
  description:
    "Counts by category and status, median working days to first answer and to resolution, % resolved within the deadline (resolved on time ÷ (resolved + open past deadline)), and a monthly trend. " +
    "Deadlines come from the handling category (admin-edited, e.g. permintaan informasi 2, pengaduan biasa 5, perlu cek lapangan 14, lintas instansi 60 working days), set at verification. The deadline figures always use the category's original deadline: a documented extension is counted in `extended` and `resolvedWithinExtendedDeadline` but never turns a late resolution into an on-time one. Complaints verified as not about this office's service count only in `received` and `notOurService`. `calendarWarnings` names the years the deadlines touched whose holidays are missing or provisional.",
  access: { capability: "viewDashboards" },
  query: ZComplaintSummaryQuery,
  parameterDocs: DATE_RANGE_DOCS,
  responses: {
    200: {
      description: "Summary",
      json: z.object({
        from: z.string(),
        to: z.string(),
        today: z.string().describe("WIB day the open complaints were judged on"),
        received: z.number().int(),
        byCategory: counts(COMPLAINT_CATEGORIES),
        byStatus: counts(COMPLAINT_STATUSES),
        answered: z.number().int(),
        resolved: z.number().int(),
        overdue: z.number().int().describe("Open and past the deadline today"),
        medianWorkingDaysToFirstAnswer: nullableNumber(),
        medianWorkingDaysToResolution: nullableNumber(),
        resolvedWithinDeadline: z.number().int(),
        deadlineDecided: z.number().int().describe("Resolved, plus open ones already past their deadline"),
        resolvedWithinDeadlinePercent: nullableNumber().describe("Rounded to 0.1; null when nothing is decided yet"),
        extended: z.number().int().describe("Complaints whose deadline was extended (with a reason)"),
        resolvedWithinExtendedDeadline: z
          .number()
          .int()
          .describe("Resolved by the extended deadline (comparison only)"),
        notOurService: z.number().int().describe("Verified as not about this office's service (referred elsewhere)"),
        byHandlingCategory: z
          .record(
            z.string(),
            z.object({
              received: z.number().int(),
              resolvedWithinDeadline: z.number().int(),
              deadlineDecided: z.number().int(),
              resolvedWithinDeadlinePercent: nullableNumber(),
            }),
          )
          .describe('Per handling category code ("none" before categories)'),
        calendarWarnings: ZCalendarWarnings,
        trend: z.array(
          z.object({
            month: z.string().describe("YYYY-MM, by month of receipt"),
            received: z.number().int(),
            medianWorkingDaysToResolution: nullableNumber(),
            resolvedWithinDeadlinePercent: nullableNumber(),
          }),
        ),
      }),
    },
  },
});

export const complaintListXlsxApi = fileDownload("/api/v1/complaints/export.xlsx", XLSX_FILE, {
  tags: ["complaints"],
  summary: "The staff complaint list as Excel: the same tab, search and order as /staf/pengaduan",
  description:
    "One row per complaint (all of them, not one page): ticket, day of receipt and deadline (Excel dates, WIB), channel, category, sender (phone masked unless ADMIN), full text, status, extended, overdue, assignee.",
  access: { capability: "handleComplaints" },
  query: ZComplaintListExportQuery,
  parameterDocs: {
    filter: { description: "open (default), overdue (open and past the deadline) or all" },
    q: { description: "Part of the ticket number, the text or the sender's name" },
    sort: { description: "As on the list page: received (default), ticket, status, deadline" },
    dir: { description: "asc or desc (default for received)" },
  },
});
