import { describe, it, expect, beforeAll } from "vitest";
import { NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { createApiToken, createUser, endUserSessions, getActiveUser, updateUser } from "@/lib/users/user-store";
import { proxy } from "@/proxy";
import { rowCounts as countRows } from "../support/row-counts";

// Issue 14 item 3 (CSRF), 6 (sessions that end) and 7 (tokens that expire), against the real route handlers.
const FOREIGN = "http://localhost:8081"; // another port of the same host: "same site", so SameSite=Lax lets the cookie through
const SESSION_COOKIE = "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.fake.fake.fake.fake";
const STATE_METHODS = ["post", "put", "patch", "delete"] as const;
const ROW_MODELS = [
  "user",
  "apiToken",
  "surveyInvitation",
  "surveyResponse",
  "application",
  "applicationEvent",
  "complaint",
  "inboundMessage",
  "investmentRealisation",
  "skmDailyAggregate",
] as const;

const rowCounts = () => countRows(ROW_MODELS);

const ROUTE_MODULES = import.meta.glob("../../app/api/v1/**/route.ts");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every state-changing operation of the OpenAPI document, with its route handler under app/api/v1. */
async function stateChangingOperations() {
  const doc = buildOpenApiDocument("http://localhost");
  const operations: { method: string; path: string; url: string; handler: Handler; params: Record<string, string> }[] =
    [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of STATE_METHODS) {
      if (!(item as Record<string, unknown>)[method]) continue;
      const params: Record<string, string> = {};
      const dir = path.replace(/\{(\w+)\}/g, (_, name: string) => {
        params[name] = "TEST-1";
        return `[${name}]`;
      });
      const load = ROUTE_MODULES[`../../app${dir}/route.ts`];
      if (!load) throw new Error(`${method} ${path} is documented but app${dir}/route.ts does not exist`);
      const mod = (await load()) as Record<string, Handler>;
      const handler = mod[method.toUpperCase()];
      if (!handler) throw new Error(`${method} ${path} is documented but has no handler`);
      operations.push({
        method: method.toUpperCase(),
        path,
        url: `http://localhost${path.replace(/\{\w+\}/g, "TEST-1")}`,
        handler,
        params,
      });
    }
  }
  return operations;
}

const BODIES: Record<string, { type: string; body: string }> = {
  json: { type: "application/json", body: JSON.stringify({ channel: "web", answers: { U1: 4 } }) },
  csv: { type: "text/csv", body: "registrationNo,licenseType\nX-1,SIUP\n" },
  text: { type: "text/plain", body: "registrationNo,licenseType\nX-1,SIUP\n" },
};

describe("cross-site requests with a session cookie", () => {
  it("the document lists the state-changing routes (the check below covers at least six)", async () => {
    const operations = await stateChangingOperations();
    expect(operations.map((o) => `${o.method} ${o.path}`).length).toBeGreaterThanOrEqual(6);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toContain("POST /api/v1/applications/import");
  });

  it("every state-changing API route answers a foreign Origin with 403 in the error shape and stores nothing", async () => {
    const before = await rowCounts();
    for (const op of await stateChangingOperations()) {
      for (const { type, body } of Object.values(BODIES)) {
        const request = new Request(op.url, {
          method: op.method,
          headers: { cookie: SESSION_COOKIE, origin: FOREIGN, "content-type": type },
          body,
        });
        const response = await op.handler(request, { params: Promise.resolve(op.params) });
        expect(`${op.method} ${op.path} ${type}: ${response.status}`).toBe(`${op.method} ${op.path} ${type}: 403`);
        const json = (await response.json()) as { error: { code: string; message: string } };
        expect(json.error.code).toBe("FORBIDDEN");
      }
      // No Origin but the browser's Sec-Fetch-Site says another site (older fetch paths): refused too.
      const request = new Request(op.url, {
        method: op.method,
        headers: { cookie: SESSION_COOKIE, "sec-fetch-site": "same-site", "content-type": "application/json" },
        body: "{}",
      });
      expect((await op.handler(request, { params: Promise.resolve(op.params) })).status).toBe(403);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("POST /api/v1/applications/import refuses text/plain from a browser session even from this origin (415), stores nothing", async () => {
    const before = await rowCounts();
    const { POST } = await import("../../app/api/v1/applications/import/route");
    const response = await POST(
      new Request("http://localhost/api/v1/applications/import", {
        method: "POST",
        headers: { cookie: SESSION_COOKIE, origin: "http://localhost", "content-type": "text/plain" },
        body: BODIES.text.body,
      }),
      {},
    );
    expect(response.status).toBe(415);
    expect(await rowCounts()).toEqual(before);
  });

  it("a Bearer token from a script still works (no Origin, text/csv), a same-origin browser request passes the guard", async () => {
    const { token } = await createApiToken(
      { name: "Skrip impor", role: "ADMIN" },
      { id: null, label: "test", role: "ADMIN" },
    );
    const { POST } = await import("../../app/api/v1/applications/import/route");
    const response = await POST(
      new Request("http://localhost/api/v1/applications/import?mode=all-or-nothing", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "text/plain", origin: FOREIGN },
        body: "registrationNo\n",
      }),
      {},
    );
    expect(response.status).not.toBe(403);
    expect(response.status).not.toBe(401);
    // Same origin, cookie but no valid session: the guard lets it through and authorization answers 401.
    const sameOrigin = await POST(
      new Request("http://localhost/api/v1/applications/import", {
        method: "POST",
        headers: { cookie: SESSION_COOKIE, origin: "http://localhost", "content-type": "text/csv" },
        body: "registrationNo\n",
      }),
      {},
    );
    expect(sameOrigin.status).toBe(401);
  });

  it("a server action called with a foreign Origin is refused by proxy.ts with 403 JSON (not 500)", async () => {
    const request = new NextRequest("http://localhost:3105/staf/admin/pengguna", {
      method: "POST",
      headers: {
        cookie: SESSION_COOKIE,
        origin: FOREIGN,
        host: "localhost:3105",
        "next-action": "7f00aa",
        "content-type": "multipart/form-data; boundary=x",
      },
      body: "--x--",
    });
    const response = proxy(request);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const same = proxy(
      new NextRequest("http://localhost:3105/staf/admin/pengguna", {
        method: "POST",
        headers: {
          cookie: SESSION_COOKIE,
          origin: "http://localhost:3105",
          host: "localhost:3105",
          "next-action": "7f00aa",
        },
        body: "x",
      }),
    );
    expect(same.status).toBe(200); // NextResponse.next(): the action runs
    expect(same.headers.get("content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/,
    );
  });
});

describe("sessions end on the server", () => {
  let id: string;
  beforeAll(async () => {
    ({ id } = await createUser(
      { email: "sesi@kantor.go.id", name: "Sesi", role: "PLANNER", password: "sesi-benar-2026" },
      null,
    ));
  });

  it("sign-out, a password change, a role change and deactivation each end the sessions issued before", async () => {
    const versionOf = async () => (await getDb().user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const admin = { id: "admin-id", label: "admin", role: "ADMIN" as const };
    const v0 = await versionOf();
    expect(await getActiveUser(id, v0)).not.toBeNull();
    await endUserSessions(id, null); // sign-out
    expect(await getActiveUser(id, v0)).toBeNull();
    const v1 = await versionOf();
    expect(v1).toBe(v0 + 1);
    await updateUser({ id, password: "sandi-baru-2026" }, admin);
    expect(await getActiveUser(id, v1)).toBeNull();
    const v2 = await versionOf();
    await updateUser({ id, role: "OFFICER" }, admin);
    expect(await getActiveUser(id, v2)).toBeNull();
    const v3 = await versionOf();
    await updateUser({ id, role: "OFFICER" }, admin); // no change: sessions stay
    expect(await getActiveUser(id, v3)).not.toBeNull();
    await updateUser({ id, active: false }, admin);
    expect(await versionOf()).toBe(v3 + 1);
  });
});

describe("API tokens expire", () => {
  it("a token past its expiry answers 401 on /api/v1/me and its use is audited; a fresh one answers 200", async () => {
    const admin = { id: null, label: "test", role: "ADMIN" as const };
    const { GET } = await import("../../app/api/v1/me/route");
    const created = await createApiToken(
      { name: "Kios lama", role: "OFFICER", validDays: 30 },
      admin,
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(created.expiresAt.toISOString()).toBe("2026-01-31T00:00:00.000Z");
    const expired = await GET(
      new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${created.token}` } }),
      {},
    );
    expect(expired.status).toBe(401);
    const audit = await getDb().auditLog.findFirst({ where: { action: "token.refused", target: "Kios lama" } });
    expect(audit && JSON.parse(audit.detail ?? "{}")).toMatchObject({ reason: "expired" });

    const fresh = await createApiToken({ name: "Kios baru", role: "OFFICER" }, admin);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(Math.round((row.expiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);
    const ok = await GET(
      new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${fresh.token}` } }),
      {},
    );
    expect(ok.status).toBe(200);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: fresh.id } })).lastUsedAt).not.toBeNull();
  });
});
