import { describe, it, expect } from "vitest";
import { z } from "zod";
import { GET as getLicenseTypes } from "@/app/api/v1/license-types/route";
import { GET as getMe } from "@/app/api/v1/me/route";
import { defineOperation, jsonBody } from "@/lib/api/contract";
import { apiHandler } from "@/lib/api/handler";
import { createApiToken } from "@/lib/users/user-store";
import { LICENSE_TYPES } from "@/lib/reference/license-types";

const ctx = { params: Promise.resolve({}) };

describe("GET /api/v1/license-types (public)", () => {
  it("lists every active licence type with SLA and official tariff", async () => {
    const res = await getLicenseTypes(new Request("http://localhost/api/v1/license-types"), ctx);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { code: string; slaWorkingDays: number; tariff: number }[] };
    const active = LICENSE_TYPES.filter((l) => l.active);
    expect(body.data).toHaveLength(active.length);
    const pbg = body.data.find((d) => d.code === "PBG");
    expect(pbg).toMatchObject({ slaWorkingDays: 28, tariff: 2_500_000 });
    expect(body.data.some((d) => d.code === "HO")).toBe(false); // inactive historical licence
  });
});

describe("API authentication", () => {
  it("401 without credentials, 401 with an unknown token, 200 with a valid token", async () => {
    const none = await getMe(new Request("http://localhost/api/v1/me"), ctx);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const bad = await getMe(
      new Request("http://localhost/api/v1/me", { headers: { authorization: "Bearer lnt_nope" } }),
      ctx,
    );
    expect(bad.status).toBe(401);
    const { token } = await createApiToken(
      { name: "planner-tool", role: "PLANNER" },
      { id: null, label: "t", role: "ADMIN" },
    );
    const ok = await getMe(
      new Request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } }),
      ctx,
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ role: "PLANNER" });
  });
});

describe("JSON body handling", () => {
  const ZBody = z.object({ name: z.string().min(2, { message: "Nama minimal 2 karakter" }) });
  const echo = defineOperation({
    method: "POST",
    path: "/api/v1/echo",
    tags: ["meta"],
    summary: "A JSON body echoed (test)",
    access: { public: true },
    body: [jsonBody(ZBody)],
    responses: { 200: { description: "The body", json: ZBody } },
  });
  const handler = apiHandler(echo, async ({ body }) => body());
  const post = (body: BodyInit, contentType = "application/json", headers: Record<string, string> = {}) =>
    handler(
      new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": contentType, ...headers } }),
      {},
    );

  it("400 on malformed JSON", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });
  it("415 on the wrong content type", async () => {
    expect((await post("name=x", "application/x-www-form-urlencoded")).status).toBe(415);
  });
  it("413 on a body over 1 MB, declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(1024 * 1024 + 10) });
    expect((await post(big)).status).toBe(413);
  });
  it("422 naming each invalid field", async () => {
    const res = await post(JSON.stringify({ name: "a" }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: { code: "VALIDATION", message: expect.any(String), fields: { name: "Nama minimal 2 karakter" } },
    });
  });
  it("passes a valid body through", async () => {
    const res = await post(JSON.stringify({ name: "Lentera" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: "Lentera" });
  });
});
