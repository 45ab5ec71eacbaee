import { z } from "zod";
import { bearerSecurity, errorResponses, jsonSchema, type PathItems } from "./types";

export const ZLicenseTypePublic = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  slaWorkingDays: z.number().int(),
  tariff: z.number().int().describe("Official tariff in integer rupiah; 0 = free"),
  agency: z.string(),
});

export const corePaths: PathItems = {
  "/api/v1/license-types": {
    get: {
      summary: "Licence types and their service standards (public)",
      tags: ["reference"],
      security: [],
      responses: {
        "200": {
          description: "Active licence types",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { data: { type: "array", items: jsonSchema(ZLicenseTypePublic) } },
              },
            },
          },
        },
      },
    },
  },
  "/api/v1/me": {
    get: {
      summary: "Who is calling (token or session)",
      tags: ["auth"],
      security: bearerSecurity,
      responses: {
        "200": {
          description: "The caller",
          content: {
            "application/json": {
              schema: { type: "object", properties: { actor: { type: "string" }, role: { type: "string" } } },
            },
          },
        },
        ...errorResponses(401),
      },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      summary: "This document",
      tags: ["meta"],
      security: [],
      responses: { "200": { description: "OpenAPI 3.1 document" } },
    },
  },
};
