import { z } from "zod";
import { ZFollowUpListQuery } from "../../follow-up/schemas";
import { FOLLOW_UP_SOURCE_KINDS, FOLLOW_UP_STATUSES } from "../../follow-up/rules";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from "../../follow-up/attachments";
import { bearerSecurity, errorResponses, jsonSchema, type PathItems } from "./types";

const ZActionOut = z.object({
  id: z.string(),
  periodKey: z.string().describe('The SKM period whose result the action answers, e.g. "2026-Q3"'),
  sourceKind: z.enum(FOLLOW_UP_SOURCE_KINDS),
  sourceCode: z.string().describe('"U3" (element), a complaint category or a processing stage'),
  title: z.string(),
  description: z.string(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerUnit: z.string().nullable(),
  startDay: z.string().describe("WIB day it was created (day 0 of the working-day clock)"),
  dueDay: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  doneDay: z.string().nullable(),
  dropReason: z.string().nullable(),
  evidenceText: z.string(),
  baselineNrr: z.number().nullable().describe("The element's NRR in the period when the action was created"),
  createdBy: z.string(),
  attachmentCount: z.number().int(),
});

const ZAttachmentOut = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.enum(ATTACHMENT_TYPES).describe("Detected from the file's content, not its name"),
  size: z.number().int(),
  sha256: z.string(),
  isPublic: z.boolean(),
  createdAt: z.string(),
});

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;

export const followUpPaths: PathItems = {
  "/api/v1/follow-up-actions": {
    get: {
      summary: "SKM follow-up actions (rencana tindak lanjut), by period and status",
      description:
        "Every staff role (and tokens of those roles). Actions are created and assigned by leadership and administrators on the staff pages (/staf/tindak-lanjut); their owners record progress and evidence there.",
      tags: ["follow-up"],
      security: bearerSecurity,
      parameters: Object.entries((jsonSchema(ZFollowUpListQuery).properties ?? {}) as Record<string, object>).map(
        ([name, schema]) => ({ name, in: "query", required: false, schema }),
      ),
      responses: {
        "200": {
          description: "Actions, earliest due first",
          content: { "application/json": { schema: jsonSchema(z.object({ actions: z.array(ZActionOut) })) } },
        },
        ...errorResponses(401, 403, 422),
      },
    },
  },
  "/api/v1/follow-up-actions/{id}/attachments": {
    post: {
      summary: "Attach an evidence file (photo, memo, PDF) to a follow-up action",
      description: `multipart/form-data with \`file\` and optional \`isPublic=true\` (the file may then be linked from the published SKM report). The action's owner, leadership or an administrator. Accepted: JPEG, PNG, WebP or PDF recognised by their content (a renamed file of another kind is refused), at most ${MAX_MB} MB; otherwise 422 with \`fields.file\` saying why.`,
      tags: ["follow-up"],
      security: bearerSecurity,
      parameters: [idParam],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: { file: { type: "string", format: "binary" }, isPublic: { type: "string", enum: ["true"] } },
            },
          },
        },
      },
      responses: {
        "201": {
          description: "Stored",
          content: { "application/json": { schema: jsonSchema(z.object({ attachment: ZAttachmentOut })) } },
        },
        ...errorResponses(400, 401, 403, 404, 415, 422),
      },
    },
  },
  "/api/v1/follow-up-actions/{id}/attachments/{attachmentId}": {
    get: {
      summary: "Download an evidence file (staff)",
      description:
        "Staff only, public or not; files marked public are also served without sign-in at /laporan/lampiran/{attachmentId}.",
      tags: ["follow-up"],
      security: bearerSecurity,
      parameters: [idParam, { name: "attachmentId", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "The file, with its detected Content-Type",
          content: Object.fromEntries(
            ATTACHMENT_TYPES.map((t) => [t, { schema: { type: "string", format: "binary" } }]),
          ),
        },
        ...errorResponses(401, 403, 404),
      },
    },
  },
  "/api/v1/evidence-pack/{year}": {
    get: {
      summary: "The year's evidence pack for the PEKPPP evaluators and the Ombudsman, as a PDF",
      description:
        "ADMIN and LEADERSHIP. A4 PDF with the office's letterhead (office settings: logo, name, address), a table of contents with page numbers, a completeness summary and one section per item — the service standard of every licence type (all fourteen components), the maklumat, each SKM report of the year (method, sample adequacy, publication date), the follow-up actions with status and evidence, complaint handling against the deadlines, the compensation register — each with where it lives in Lentera and its gaps (e.g. \"2026-Q3: tindak lanjut belum ada\"), and the head of office's signature block. The same content is on the page /staf/admin/bukti.",
      tags: ["follow-up"],
      security: bearerSecurity,
      parameters: [{ name: "year", in: "path", required: true, schema: { type: "string", pattern: "^\\d{4}$" } }],
      responses: {
        "200": {
          description: "The PDF (Content-Disposition: attachment)",
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        ...errorResponses(401, 403, 422),
      },
    },
  },
};
