import { z } from "zod";
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from "../../complaints/complaint-rules";
import { ZSmsFormMessage, ZSmsJsonMessage } from "../../complaints/schemas";
import { bearerSecurity, calendarWarningsSchema, errorResponses, jsonSchema, type PathItems } from "./types";

const ZSmsReply = z.object({
  ticketNo: z.string().describe('e.g. "PGD-2026-000123"'),
  deadlineOn: z.string().describe("Handling deadline, WIB date YYYY-MM-DD"),
  duplicate: z.boolean().describe("true when this message id was already received (gateway retry)"),
  reply: z.string().describe("Acknowledgement text for the sender"),
});

const counts = (keys: readonly string[]) => ({
  type: "object",
  properties: Object.fromEntries(keys.map((k) => [k, { type: "integer" }])),
});
const nullableNumber = { type: ["number", "null"] };

export const complaintPaths: PathItems = {
  "/api/v1/complaints/sms": {
    post: {
      summary: "SMS/WhatsApp gateway webhook: an inbound message becomes a complaint ticket",
      description:
        "Authenticated by a shared secret (LENTERA_SMS_SECRET): in token mode the header `X-Gateway-Token` (or `Authorization: Bearer`); in hmac mode the header `X-Signature` = hex HMAC-SHA256 of the raw body. Idempotent by message id. A sender over 5 messages in 10 minutes gets 429 for the surplus only.",
      tags: ["complaints"],
      security: [],
      parameters: [
        { name: "X-Gateway-Token", in: "header", required: false, schema: { type: "string" } },
        { name: "X-Signature", in: "header", required: false, schema: { type: "string" } },
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: jsonSchema(ZSmsJsonMessage) },
          "application/x-www-form-urlencoded": { schema: jsonSchema(ZSmsFormMessage) },
        },
      },
      responses: {
        "201": { description: "Ticket created", content: { "application/json": { schema: jsonSchema(ZSmsReply) } } },
        "200": {
          description: "Retry of a known message id: the same ticket",
          content: { "application/json": { schema: jsonSchema(ZSmsReply) } },
        },
        ...errorResponses(400, 401, 413, 415, 422, 429),
      },
    },
  },
  "/api/v1/complaints/summary": {
    get: {
      summary: "Complaint handling summary for complaints received in a period",
      description:
        "Counts by category and status, median working days to first answer and to resolution, % resolved within the deadline (resolved on time ÷ (resolved + open past deadline)), and a monthly trend. Roles ADMIN and LEADERSHIP. " +
        "Deadlines come from the handling category (admin-edited, e.g. permintaan informasi 2, pengaduan biasa 5, perlu cek lapangan 14, lintas instansi 60 working days), set at verification. The deadline figures always use the category's original deadline: a documented extension is counted in `extended` and `resolvedWithinExtendedDeadline` but never turns a late resolution into an on-time one. Complaints verified as not about this office's service count only in `received` and `notOurService`. `calendarWarnings` names the years the deadlines touched whose holidays are missing or provisional.",
      tags: ["complaints"],
      security: bearerSecurity,
      parameters: ["from", "to"].map((name) => ({
        name,
        in: "query",
        required: true,
        schema: { type: "string", format: "date" },
      })),
      responses: {
        "200": {
          description: "Summary",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  from: { type: "string" },
                  to: { type: "string" },
                  today: { type: "string" },
                  received: { type: "integer" },
                  byCategory: counts(COMPLAINT_CATEGORIES),
                  byStatus: counts(COMPLAINT_STATUSES),
                  answered: { type: "integer" },
                  resolved: { type: "integer" },
                  overdue: { type: "integer" },
                  medianWorkingDaysToFirstAnswer: nullableNumber,
                  medianWorkingDaysToResolution: nullableNumber,
                  resolvedWithinDeadline: { type: "integer" },
                  deadlineDecided: { type: "integer" },
                  resolvedWithinDeadlinePercent: nullableNumber,
                  extended: { type: "integer", description: "Complaints whose deadline was extended (with a reason)" },
                  resolvedWithinExtendedDeadline: {
                    type: "integer",
                    description: "Resolved by the extended deadline (comparison only)",
                  },
                  notOurService: {
                    type: "integer",
                    description: "Verified as not about this office's service (referred elsewhere)",
                  },
                  byHandlingCategory: {
                    type: "object",
                    description:
                      'Per handling category code ("none" before categories): received, resolvedWithinDeadline, deadlineDecided, resolvedWithinDeadlinePercent',
                    additionalProperties: {
                      type: "object",
                      properties: {
                        received: { type: "integer" },
                        resolvedWithinDeadline: { type: "integer" },
                        deadlineDecided: { type: "integer" },
                        resolvedWithinDeadlinePercent: nullableNumber,
                      },
                    },
                  },
                  calendarWarnings: calendarWarningsSchema,
                  trend: { type: "array", items: { type: "object" } },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
