import { describe, it, expect, vi } from "vitest";
import { z } from "zod";
import { defineOperation, jsonBody, multipartBody, textBody } from "./contract";
import { apiHandler } from "./handler";

// The handler built from a contract validates with the contract's schemas and, outside production (here: test),
// refuses to answer anything the contract does not document: the documented schema is the enforced one.
const ZQuery = z.object({ n: z.coerce.number().int().min(1, { error: "n minimal 1" }) });
const ZBody = z.object({ name: z.string().min(2, { error: "Nama minimal 2 karakter" }) });
const ZAnswer = z.object({ n: z.number().int(), name: z.string() });

const echo = defineOperation({
  method: "POST",
  path: "/api/v1/echo",
  tags: ["meta"],
  summary: "Echo (test)",
  access: { public: true },
  query: ZQuery,
  body: [jsonBody(ZBody), textBody({ mediaTypes: ["text/csv"], maxBytes: 10, description: "CSV" })],
  responses: {
    200: { description: "Echo", json: ZAnswer },
    201: { description: "A file", mediaType: "text/csv" },
  },
  errors: { 404: "Nothing" },
});

const post = (handler: ReturnType<typeof apiHandler>, url: string, body: string, type = "application/json") =>
  handler(new Request(`http://localhost${url}`, { method: "POST", body, headers: { "content-type": type } }));
const jsonOf = async (response: Response) => ({ status: response.status, body: await response.json() });

describe("apiHandler", () => {
  const handler = apiHandler(echo, async ({ query, body }) => {
    const input = await body();
    if (input.kind === "text")
      return new Response(input.value, { status: 201, headers: { "content-type": "text/csv" } });
    return { n: query.n, name: input.value.name };
  });

  it("parses query and body with the contract's schemas and answers the documented 200", async () => {
    expect(await jsonOf(await post(handler, "/api/v1/echo?n=3", '{"name":"Lentera"}'))).toEqual({
      status: 200,
      body: { n: 3, name: "Lentera" },
    });
  });

  it("422 naming the field when the query or the body breaks the contract's schema", async () => {
    expect(await jsonOf(await post(handler, "/api/v1/echo?n=0", '{"name":"Lentera"}'))).toEqual({
      status: 422,
      body: { error: { code: "VALIDATION", message: "Parameter tidak valid.", fields: { n: "n minimal 1" } } },
    });
    const res = await jsonOf(await post(handler, "/api/v1/echo?n=1", '{"name":"L"}'));
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ name: "Nama minimal 2 karakter" });
  });

  it("chooses the body by Content-Type: 415 naming every accepted type, 413 over the chosen kind's limit", async () => {
    const wrong = await jsonOf(await post(handler, "/api/v1/echo?n=1", "x", "text/plain"));
    expect(wrong).toMatchObject({
      status: 415,
      body: { error: { message: "Content-Type harus application/json atau text/csv." } },
    });
    expect((await post(handler, "/api/v1/echo?n=1", "a,b,c,d,e,f", "text/csv")).status).toBe(413);
    expect((await post(handler, "/api/v1/echo?n=1", "a,b", "text/csv")).status).toBe(201);
  });

  it("outside production, an answer that breaks the documented schema or status becomes a logged 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const drifted = apiHandler(echo, async ({ body }) => {
      await body();
      return { n: "three", name: "x" } as unknown as { n: number; name: string };
    });
    expect((await post(drifted, "/api/v1/echo?n=1", '{"name":"Lentera"}')).status).toBe(500);
    const undocumented = apiHandler(echo, async ({ body }) => {
      await body();
      return Response.json({}, { status: 202 });
    });
    expect((await post(undocumented, "/api/v1/echo?n=1", '{"name":"Lentera"}')).status).toBe(500);
    const wrongType = apiHandler(echo, async ({ body }) => {
      await body();
      return new Response("{}", { status: 201, headers: { "content-type": "application/json" } });
    });
    expect((await post(wrongType, "/api/v1/echo?n=1", '{"name":"Lentera"}')).status).toBe(500);
    const unread = apiHandler(echo, async ({ query }) => ({ n: query.n, name: "never read" }));
    expect((await post(unread, "/api/v1/echo?n=1", '{"name":"Lentera"}')).status).toBe(500);
    expect(log.mock.calls.map((c) => String(c[1]))).toEqual([
      expect.stringMatching(/POST \/api\/v1\/echo 200 does not match its documented schema/),
      expect.stringMatching(/answered 202, undocumented/),
      expect.stringMatching(/sent application\/json, documented text\/csv/),
      expect.stringMatching(/declares a body but never read it/),
    ]);
    log.mockRestore();
  });

  it("a file answer with several documented types passes in any of them, and only in them", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const file = defineOperation({
      method: "GET",
      path: "/api/v1/file",
      tags: ["meta"],
      summary: "A file in one of two formats (test)",
      access: { public: true },
      responses: { 200: { description: "The file", mediaType: ["text/csv", "application/schema+json"] } },
    });
    const sending = (type: string) =>
      apiHandler(
        file,
        async () => new Response("x", { headers: { "content-type": type } }),
      )(new Request("http://localhost/api/v1/file"));
    expect((await sending("text/csv; charset=utf-8")).status).toBe(200);
    expect((await sending("application/schema+json")).status).toBe(200);
    expect((await sending("application/json")).status).toBe(500);
    expect(String(log.mock.calls[0][1])).toMatch(
      /sent application\/json, documented text\/csv or application\/schema\+json/,
    );
    log.mockRestore();
  });

  it("an error status the contract does not name is a 500 too; the named ones pass", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { AppError } = await import("../errors");
    const conflict = apiHandler(echo, async () => {
      throw new AppError("CONFLICT", "x");
    });
    expect((await post(conflict, "/api/v1/echo?n=1", "{}")).status).toBe(500);
    const missing = apiHandler(echo, async () => {
      throw new AppError("NOT_FOUND", "Tidak ada.");
    });
    expect(await jsonOf(await post(missing, "/api/v1/echo?n=1", "{}"))).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "Tidak ada." } },
    });
    log.mockRestore();
  });
});

describe("apiHandler with a multipart upload", () => {
  const upload = defineOperation({
    method: "POST",
    path: "/api/v1/uploads/{id}",
    tags: ["meta"],
    summary: "Upload (test)",
    access: { public: true },
    params: z.object({ id: z.string() }),
    body: [
      multipartBody(z.object({ note: z.string().max(5, { error: "note paling panjang 5" }).optional() }), {
        files: { file: "The file" },
        maxBytes: 400,
        tooLarge: { field: "file", message: "Berkas terlalu besar." },
      }),
    ],
    responses: {
      201: { description: "Stored", json: z.object({ id: z.string(), name: z.string(), size: z.number() }) },
    },
  });
  const handler = apiHandler(upload, async ({ params, body, reply }) => {
    const { fields, files } = await body();
    return reply(201, { id: params.id, name: `${files.file.name}${fields.note ?? ""}`, size: files.file.bytes.length });
  });
  const send = (form: FormData | string, type?: string) =>
    handler(
      new Request("http://localhost/api/v1/uploads/a1", {
        method: "POST",
        body: form,
        ...(type ? { headers: { "content-type": type } } : {}),
      }),
      { params: Promise.resolve({ id: "a1" }) },
    );
  const form = (entries: Record<string, string | File>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(entries)) f.set(k, v);
    return f;
  };

  it("hands over the file's name and bytes and the text fields validated with the schema", async () => {
    const res = await send(form({ file: new File([new Uint8Array([1, 2, 3])], "a.png"), note: "-ok" }));
    expect(await jsonOf(res)).toEqual({ status: 201, body: { id: "a1", name: "a.png-ok", size: 3 } });
  });

  it("422 naming a missing file field or an invalid text field; 400 for a body that is not multipart", async () => {
    expect(await jsonOf(await send(form({ note: "x" })))).toEqual({
      status: 422,
      body: {
        error: {
          code: "VALIDATION",
          message: "Kirim berkas pada kolom file.",
          fields: { file: "Berkas wajib dikirim." },
        },
      },
    });
    expect(await jsonOf(await send(form({ file: "not a file" })))).toMatchObject({
      status: 422,
      body: { error: { fields: { file: "Berkas wajib dikirim." } } },
    });
    const long = await jsonOf(await send(form({ file: new File(["x"], "a.png"), note: "too long" })));
    expect(long).toMatchObject({ status: 422, body: { error: { fields: { note: "note paling panjang 5" } } } });
    expect((await send("garbage", "multipart/form-data; boundary=zzz")).status).toBe(400);
    expect((await send("{}", "application/json")).status).toBe(415);
  });

  it("a body over the limit is the contract's 422 on the file field, not 413", async () => {
    const res = await jsonOf(await send(form({ file: new File([new Uint8Array(500)], "big.pdf") })));
    expect(res).toEqual({
      status: 422,
      body: {
        error: { code: "VALIDATION", message: "Berkas terlalu besar.", fields: { file: "Berkas terlalu besar." } },
      },
    });
  });
});
