/** SKM follow-up actions (issue 18): the list, their evidence files, and the year's evidence pack as a PDF. */
import { z } from "zod";
import { ZFollowUpListQuery } from "../../follow-up/schemas";
import { FOLLOW_UP_SOURCE_KINDS, FOLLOW_UP_STATUSES } from "../../follow-up/rules";
import {
  ATTACHMENT_BODY_MAX_BYTES,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  attachmentTooLargeMessage,
} from "../../follow-up/attachments";
import { defineOperation, multipartBody } from "../contract";
import { oneOf } from "./shared";

const ZActionOut = z.object({
  id: z.string(),
  periodKey: z.string().describe('The SKM period whose result the action answers, e.g. "2026-Q3"'),
  sourceKind: oneOf(FOLLOW_UP_SOURCE_KINDS),
  sourceCode: z.string().describe('"U3" (element), a complaint category or a processing stage'),
  title: z.string(),
  description: z.string(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerUnit: z.string().nullable(),
  startDay: z.string().describe("WIB day it was created (day 0 of the working-day clock)"),
  dueDay: z.string(),
  status: oneOf(FOLLOW_UP_STATUSES),
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
  mediaType: oneOf(ATTACHMENT_TYPES).describe("Detected from the file's content, not its name"),
  size: z.number().int(),
  sha256: z.string(),
  isPublic: z.boolean(),
  createdAt: z.iso.datetime(),
});

const MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;
const ZActionParams = z.object({ id: z.string() });

export const listFollowUpActionsApi = defineOperation({
  method: "GET",
  path: "/api/v1/follow-up-actions",
  tags: ["follow-up"],
  summary: "SKM follow-up actions (rencana tindak lanjut), by period and status",
  description:
    "Actions are created and assigned by leadership and administrators on the staff pages (/staf/tindak-lanjut); their owners record progress and evidence there.",
  access: { capability: "viewFollowUpActions" },
  query: ZFollowUpListQuery,
  responses: {
    200: { description: "Actions, earliest due first", json: z.object({ actions: z.array(ZActionOut) }) },
  },
});

export const addFollowUpAttachmentApi = defineOperation({
  method: "POST",
  path: "/api/v1/follow-up-actions/{id}/attachments",
  tags: ["follow-up"],
  summary: "Attach an evidence file (photo, memo, PDF) to a follow-up action",
  description: `multipart/form-data with \`file\` and optional \`isPublic=true\` (the file may then be linked from the published SKM report). The action's owner, leadership or an administrator. Accepted: JPEG, PNG, WebP or PDF recognised by their content (a renamed file of another kind is refused), at most ${MAX_MB} MB; otherwise 422 with \`fields.file\` saying why.`,
  access: { capability: "updateOwnFollowUpActions" },
  params: ZActionParams,
  body: [
    multipartBody(
      z.object({
        isPublic: z
          .enum(["true", "false"], { error: "isPublic harus true atau false" })
          .optional()
          .describe("true: the file may be shown on the published SKM report"),
      }),
      {
        files: { file: `The evidence file: JPEG, PNG, WebP or PDF, at most ${MAX_MB} MB` },
        maxBytes: ATTACHMENT_BODY_MAX_BYTES,
        tooLarge: { field: "file", message: attachmentTooLargeMessage() },
      },
    ),
  ],
  responses: { 201: { description: "Stored", json: z.object({ attachment: ZAttachmentOut }) } },
  errors: { 404: "No such action" },
});

export const getFollowUpAttachmentApi = defineOperation({
  method: "GET",
  path: "/api/v1/follow-up-actions/{id}/attachments/{attachmentId}",
  tags: ["follow-up"],
  summary: "Download an evidence file (staff)",
  description:
    "Staff only, public or not; files marked public are also served without sign-in at /laporan/lampiran/{attachmentId}.",
  access: { capability: "viewFollowUpActions" },
  params: z.object({ id: z.string(), attachmentId: z.string() }),
  responses: {
    200: { description: "The file, with its detected Content-Type", mediaType: ATTACHMENT_TYPES, binary: true },
  },
  errors: { 404: "No such attachment on this action" },
});

export const getEvidencePackApi = defineOperation({
  method: "GET",
  path: "/api/v1/evidence-pack/{year}",
  tags: ["follow-up"],
  summary: "The year's evidence pack for the PEKPPP evaluators and the Ombudsman, as a PDF",
  description:
    'A4 PDF with the office\'s letterhead (office settings: logo, name, address), a table of contents with page numbers, a completeness summary and one section per item — the service standard of every licence type (all fourteen components), the maklumat, each SKM report of the year (method, sample adequacy, publication date), the follow-up actions with status and evidence, complaint handling against the deadlines, the compensation register — each with where it lives in Lentera and its gaps (e.g. "2026-Q3: tindak lanjut belum ada"), and the head of office\'s signature block. The same content is on the page /staf/admin/bukti. A year from 2000 to the current one; "2026.pdf" is read as 2026.',
  access: { capability: "viewEvidencePack" },
  params: z.object({
    year: z
      .string()
      .regex(/^\d{4}(\.pdf)?$/, { error: "Tahun empat angka, mis. 2026" })
      .transform((raw) => Number(raw.slice(0, 4))),
  }),
  parameterDocs: { year: { examples: ["2026"] } },
  responses: {
    200: { description: "The PDF (Content-Disposition: attachment)", mediaType: "application/pdf", binary: true },
  },
});
