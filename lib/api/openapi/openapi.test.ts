import { describe, it, expect } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildOpenApiDocument } from "./index";

/** app/api/v1/.../route.ts → "/api/v1/..." with [param] as {param}; the catch-all 404 route is not an endpoint. */
function routePaths(dir = "app/api/v1", prefix = "/api/v1"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry.startsWith("[...")) continue;
      const segment = entry.replace(/^\[(.+)\]$/, "{$1}");
      out.push(...routePaths(full, `${prefix}/${segment}`));
    } else if (entry === "route.ts") out.push(prefix);
  }
  return out;
}

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
    expect(Object.keys(doc.paths).sort()).toEqual(routePaths().sort());
  });
});
