import { importFileBody, bearerSecurity, errorResponses, jsonSchema, type PathItems } from "./types";
import { ZInvitationCreate, ZSurveySubmission } from "../../skm/submission";
import { CSV_BASE_HEADERS } from "../../skm/import-csv";

/** SKM collection: responses from every channel, CSV import, one-time invitations. */
export const skmCollectPaths: PathItems = {
  "/api/v1/responses": {
    post: {
      summary: "Submit one survey response (link/QR with token, kiosk with X-Kiosk-Key, web, paper by staff)",
      description:
        "Answers are keyed by element code (U1…U9 for SKM-2017, U1…U14 for IKM-2004), integers 1–4; every element and the profile (age, sex, education, occupation) are required, except on paper/import when the office setting skm.allowIncompletePaper is on (then at least one element). The server decides when and how a response was collected: see the channel and submittedAt fields (anonymous callers always get the server's time; paper/import need a staff credential, kiosk the X-Kiosk-Key). The same idempotencyKey returns the first result (200, duplicate: true) instead of a second row. A used or expired invitation token → 409. Anonymous submissions without token are rate-limited per address. Text with a lone UTF-16 surrogate → 422 naming the field. A technical agency's session (role AGENCY) → 403.",
      tags: ["skm"],
      security: [{}, ...bearerSecurity],
      parameters: [
        {
          name: "X-Kiosk-Key",
          in: "header",
          required: false,
          schema: { type: "string" },
          description: "Device key of an enrolled kiosk",
        },
      ],
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(ZSurveySubmission) } } },
      responses: {
        "201": {
          description:
            "Stored; submittedAt is the instant the server stored (its own time unless the caller may date the response)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  duplicate: { type: "boolean" },
                  submittedAt: { type: "string", format: "date-time" },
                },
              },
            },
          },
        },
        "200": { description: "Same idempotencyKey seen before: the first response's id" },
        ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 429),
      },
    },
  },
  "/api/v1/responses/import": {
    post: {
      summary: "Import survey responses from CSV or .xlsx (ADMIN), all or nothing",
      description: `text/csv or .xlsx (first sheet), one row per respondent; template: GET /api/v1/import-templates/responses. Headers: ${CSV_BASE_HEADERS.join(", ")}, and one column per element code (U1…U9 or U1…U14). submittedAt is YYYY-MM-DD, DD/MM/YYYY (optionally with a time, WIB), ISO 8601 or an Excel date, kept as given (this is staff entry), on or after the questionnaire version's first day (SKM-2017: 2017-01-01, IKM-2004: 2004-02-24) and not after today (WIB). Every element and the profile are required unless the office setting skm.allowIncompletePaper is on. Any invalid row → 422 with fields keyed "line N / column", nothing stored. Each import is recorded with the SHA-256 of the file's text (CSV: BOM removed, line endings normalised; .xlsx: of the rows as read), its row count, the WIB days covered and who imported it; the same file again → 409 naming the earlier import (date, person) until an admin undoes that import (Survei → Impor CSV).`,
      tags: ["skm"],
      security: bearerSecurity,
      requestBody: importFileBody,
      responses: {
        "201": {
          description: "Imported",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  imported: { type: "integer" },
                  importId: { type: "string", description: "id of the recorded import (for undo)" },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 409, 413, 415, 422),
      },
    },
  },
  "/api/v1/invitations": {
    post: {
      summary: "Create a one-time survey invitation for a service transaction (OFFICER/ADMIN)",
      tags: ["skm"],
      security: bearerSecurity,
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(ZInvitationCreate) } } },
      responses: {
        "201": {
          description: "The invitation: token, short link, expiry and QR code (SVG markup)",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  id: { type: "string" },
                  token: { type: "string" },
                  link: { type: "string" },
                  expiresAt: { type: "string", format: "date-time" },
                  qrSvg: { type: "string" },
                },
              },
            },
          },
        },
        ...errorResponses(401, 403, 415, 422),
      },
    },
  },
};
