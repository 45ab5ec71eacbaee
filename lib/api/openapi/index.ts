import { corePaths } from "./core";
import { skmCollectPaths } from "./skm-collect";
import { skmSummaryPaths } from "./skm-summary";
import { applicationsPaths } from "./applications";
import { investmentPaths } from "./investment";
import { investmentRealisationPaths } from "./investment-realisation";
import { complaintPaths } from "./complaints";
import { dataImportPaths } from "./data-imports";
import { openDataPaths } from "./open-data";
import { attendanceOutreachPaths } from "./attendance-outreach";
import type { PathItems } from "./types";

/** Each module contributes its paths here; a test checks every route under app/api/v1 is listed. */
const MODULE_PATHS: PathItems[] = [
  corePaths,
  skmCollectPaths,
  skmSummaryPaths,
  applicationsPaths,
  investmentPaths,
  investmentRealisationPaths,
  complaintPaths,
  dataImportPaths,
  openDataPaths,
  attendanceOutreachPaths,
];

export function buildOpenApiDocument(serverUrl: string) {
  const paths: PathItems = {};
  for (const group of MODULE_PATHS) Object.assign(paths, group);
  return {
    openapi: "3.1.0",
    info: {
      title: "Lentera API",
      version: "1.0.0",
      description:
        'JSON API of Lentera (DPMPTSP). Errors: {"error":{"code","message","fields"}}. Authenticate with `Authorization: Bearer <token>` (tokens are issued by an administrator) or a staff session.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", examples: ["VALIDATION"] },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "string" } },
              },
            },
          },
        },
      },
    },
  };
}
