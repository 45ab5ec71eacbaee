import { z } from "zod";
import { CAPABILITIES, ROLES, type Capability } from "../../auth/roles";
import { defineOperation } from "../contract";

const ANY_CAPABILITY = Object.keys(CAPABILITIES) as Capability[];

export const ZLicenseTypePublic = z.object({
  code: z.string().meta({ examples: ["PBG"] }),
  name: z.string(),
  nameEn: z.string(),
  slaWorkingDays: z.number().int().describe("Service standard in working days"),
  tariff: z.number().int().describe("Official tariff in integer rupiah; 0 = free"),
  agency: z.string(),
});

export const listLicenseTypesApi = defineOperation({
  method: "GET",
  path: "/api/v1/license-types",
  tags: ["reference"],
  summary: "Licence types and their service standards (public)",
  access: { public: true },
  responses: { 200: { description: "Active licence types", json: z.object({ data: z.array(ZLicenseTypePublic) }) } },
});

export const meApi = defineOperation({
  method: "GET",
  path: "/api/v1/me",
  tags: ["auth"],
  summary: "Who is calling (token or session)",
  access: { capability: ANY_CAPABILITY },
  responses: {
    200: {
      description: "The caller",
      json: z.object({
        actor: z.string().describe("The user's name or the token's name"),
        role: z.enum(ROLES),
        roles: z.array(z.enum(ROLES)).describe("Every staff role"),
      }),
    },
  },
});

export const openApiDocumentApi = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  tags: ["meta"],
  summary: "This document",
  access: { public: true },
  responses: {
    200: {
      description: "OpenAPI 3.1 document",
      json: z.looseObject({
        openapi: z.string(),
        info: z.object({ title: z.string() }),
        paths: z.record(z.string(), z.unknown()),
      }),
    },
  },
});
