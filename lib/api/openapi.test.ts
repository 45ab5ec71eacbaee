import { describe, it, expect } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildOpenApiDocument, jsonSchemaOf } from "./openapi";
import { API_OPERATIONS } from "./operations";
import { HTTP_METHODS, errorStatuses, type OperationSpec } from "./contract";
import { OPERATION } from "./handler";

/** app/api/v1/.../route.ts → "/api/v1/..." with [param] as {param}; the catch-all 404 route is not an endpoint. */
function routeFiles(dir = "app/api/v1", prefix = "/api/v1"): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry.startsWith("[...")) continue;
      const segment = entry.replace(/^\[(.+)\]$/, "{$1}");
      out.push(...routeFiles(full, `${prefix}/${segment}`));
    } else if (entry === "route.ts") out.push({ file: full, path: prefix });
  }
  return out;
}

type Doc = ReturnType<typeof buildOpenApiDocument>;
type Operation = {
  parameters?: { name: string; in: string; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
};
const operationIn = (doc: Doc, op: OperationSpec) =>
  (doc.paths[op.path] as Record<string, Operation>)[op.method.toLowerCase()];
const withoutAnnotations = ({ description: _d, format: _f, examples: _e, ...rest }: Record<string, unknown>) => rest;

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("http://localhost:3000");

  it("is an OpenAPI 3.1 document with info, paths and an error schema", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.components.schemas.Error).toBeDefined();
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(p.startsWith("/api/v1/")).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        expect(["get", "post", "put", "patch", "delete"]).toContain(method);
        expect((op as { responses?: object }).responses, `${method} ${p} has responses`).toBeDefined();
      }
    }
  });

  it("lists every endpoint under app/api/v1, and nothing that does not exist", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      routeFiles()
        .map((r) => r.path)
        .sort(),
    );
  });

  it("every exported handler of every route file is built from the registered contract of its method and path", async () => {
    const registered = new Map(API_OPERATIONS.map((op) => [`${op.method} ${op.path}`, op]));
    const exported = new Set<string>();
    for (const { file, path: routePath } of routeFiles()) {
      const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      for (const method of HTTP_METHODS) {
        const handler = mod[method] as { [OPERATION]?: OperationSpec } | undefined;
        const contract = handler?.[OPERATION];
        if (!contract) continue; // absent, or methodNotAllowed (405)
        const key = `${method} ${routePath}`;
        expect(`${contract.method} ${contract.path}`, `${file} exports ${method}`).toBe(key);
        expect(contract === registered.get(key), `${key}: its contract is the registered one`).toBe(true);
        exported.add(key);
      }
    }
    expect([...exported].sort()).toEqual([...registered.keys()].sort());
  }, 60_000);

  it("documents each operation with exactly the zod schemas its handler validates with", () => {
    for (const op of API_OPERATIONS) {
      const documented = operationIn(doc, op);
      const where = `${op.method} ${op.path}`;
      // Path and query parameters: one per property of the params/query schema, with that property's schema.
      for (const [location, schema] of [
        ["path", op.params],
        ["query", op.query],
      ] as const) {
        const properties = schema ? (jsonSchemaOf(schema).properties as Record<string, Record<string, unknown>>) : {};
        const parameters = (documented.parameters ?? []).filter((p) => p.in === location);
        expect(parameters.map((p) => p.name).sort(), `${where} ${location} parameters`).toEqual(
          Object.keys(properties).sort(),
        );
        for (const p of parameters) {
          expect(withoutAnnotations(p.schema), `${where} ${p.name}`).toEqual(withoutAnnotations(properties[p.name]));
        }
      }
      // Request bodies: every accepted Content-Type, JSON and form bodies with their schema.
      const content = documented.requestBody?.content ?? {};
      expect(Object.keys(content).sort(), `${where} body types`).toEqual(
        (op.body ?? []).flatMap((b) => b.mediaTypes).sort(),
      );
      for (const body of op.body ?? []) {
        for (const type of body.mediaTypes) {
          const expected =
            body.kind === "json" || body.kind === "form" ? jsonSchemaOf(body.schema) : { type: "string" };
          expect(withoutAnnotations(content[type].schema), `${where} ${type}`).toEqual(withoutAnnotations(expected));
        }
      }
      // Responses: every success status with its JSON schema, every error status the contract implies.
      const statuses = [...Object.keys(op.responses), ...[...errorStatuses(op).keys()].map(String)].sort();
      expect(Object.keys(documented.responses).sort(), `${where} statuses`).toEqual(statuses);
      for (const [status, spec] of Object.entries(op.responses)) {
        if (!("json" in spec)) continue;
        expect(documented.responses[status].content?.["application/json"].schema, `${where} ${status}`).toEqual(
          jsonSchemaOf(spec.json),
        );
      }
    }
  });

  it("only the survey submission leaves its body's validation to the domain (channel rights come first)", () => {
    const domainValidated = API_OPERATIONS.filter((op) => op.body?.some((b) => "parsedBy" in b)).map(
      (op) => `${op.method} ${op.path}`,
    );
    expect(domainValidated).toEqual(["POST /api/v1/responses"]);
  });

  it("states who may call each operation: the roles of its capability, public, or the custom rule", () => {
    const op = operationIn(
      doc,
      API_OPERATIONS.find((o) => o.path === "/api/v1/skm/summary")!,
    ) as unknown as {
      description: string;
      security: unknown[];
    };
    expect(op.description).toMatch(/^Roles: ADMIN, LEADERSHIP, PLANNER \(/);
    expect(op.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    const licenseTypes = operationIn(
      doc,
      API_OPERATIONS.find((o) => o.path === "/api/v1/license-types")!,
    );
    expect((licenseTypes as unknown as { security: unknown[] }).security).toEqual([]);
  });
});
