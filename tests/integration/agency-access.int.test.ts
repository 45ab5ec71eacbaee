import { describe, it, expect, beforeAll, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { createUser } from "@/lib/users/user-store";
import { navFor } from "@/lib/navigation";
import { rowCounts as countRows } from "../support/row-counts";

// Issue 20 §1: an agency account sees nothing but its own queue. Signed in as one (the session is the real user row,
// only next-auth's cookie decoding is stood in for), every staff page answers 403 or sends it to its queue, every
// server action and every authenticated API route answers 403, and nothing is stored.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sessionVersion: number } } }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers(),
}));

const AGENCY = "Dinas Uji Akses";
const FORBIDDEN_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;403";
const ROW_MODELS = [
  "user",
  "apiToken",
  "licenseType",
  "setting",
  "holiday",
  "kpiTarget",
  "surveyInvitation",
  "surveyResponse",
  "application",
  "applicationEvent",
  "agencyRecommendation",
  "complaint",
  "investmentRealisation",
] as const;

const rowCounts = () => countRows(ROW_MODELS);

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTE_MODULES = import.meta.glob("../../app/api/v1/**/route.ts");
const PAGE_MODULES = import.meta.glob("../../app/**/page.tsx");
const ACTION_MODULES = import.meta.glob("../../app/**/actions.ts");

/** Where a page sent the caller: "403", "redirect:<path>", "notFound" or "rendered". */
async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "rendered";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest === FORBIDDEN_DIGEST) return "403";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "notFound";
    return `error: ${(error as Error).message}`;
  }
}

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  await getDb().licenseType.create({
    // Archived (active: false), so the public licence type list other tests check stays the seeded one.
    data: {
      code: "UJI-AKSES",
      name: "Izin Uji Akses",
      nameEn: "Access test",
      slaDays: 10,
      tariff: 0,
      agency: AGENCY,
      active: false,
    },
  });
  const user = await createUser(
    { email: "akses@dinas.go.id", name: "Akses", role: "AGENCY", agency: AGENCY, password: "agency-pass-1" },
    null,
  );
  session.current = { user: { id: user.id, sessionVersion: 0 } };
});

describe("an agency account", () => {
  it("has one entry in the staff navigation: its queue", () => {
    expect(navFor("AGENCY").map((item) => item.href)).toEqual(["/staf/rekomendasi"]);
  });

  it("every staff page but its queue answers 403 (the overview sends it to the queue)", async () => {
    const outcomes: Record<string, string> = {};
    for (const [file, load] of Object.entries(PAGE_MODULES)) {
      if (!file.includes("/(staff)/")) continue; // public pages are the public's, signed in or not
      const mod = (await load()) as { default: (props: unknown) => Promise<unknown> };
      const props = {
        params: Promise.resolve({
          registrationNo: "X-1",
          id: "x",
          code: "PBG",
          periodKey: "2026-S1",
          counter: "L1",
          token: "x",
        }),
        searchParams: Promise.resolve({}),
      };
      outcomes[file.replace("../../app", "")] = await pageOutcome(() => mod.default(props));
    }
    const own = ["/(staff)/staf/rekomendasi/page.tsx", "/(staff)/staf/rekomendasi/[registrationNo]/page.tsx"];
    const expected = Object.fromEntries(
      Object.keys(outcomes).map((file) => [
        file,
        own.includes(file) ? outcomes[file] : file === "/(staff)/staf/page.tsx" ? "redirect:/staf/rekomendasi" : "403",
      ]),
    );
    expect(outcomes).toEqual(expected);
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(30);
    // Its own pages: the queue renders; a file that is not in its queue is not found.
    expect(outcomes["/(staff)/staf/rekomendasi/page.tsx"]).toBe("rendered");
    expect(outcomes["/(staff)/staf/rekomendasi/[registrationNo]/page.tsx"]).toBe("notFound");
  });

  it("every server action but its recommendation answers 403 and stores nothing", async () => {
    const before = await rowCounts();
    const outcomes: Record<string, string> = {};
    for (const [file, load] of Object.entries(ACTION_MODULES)) {
      if (!file.includes("/(staff)/") || file.includes("/rekomendasi/")) continue;
      const mod = (await load()) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const [name, action] of Object.entries(mod)) {
        const form = new FormData();
        form.set("id", "x");
        form.set("registrationNo", "X-1");
        let outcome: string;
        try {
          const result = (await (action.length >= 2 ? action({ status: "idle" }, form) : action(form))) as {
            status?: string;
            message?: string;
          };
          outcome = result?.status === "error" ? `error: ${result.message}` : "done";
        } catch (error) {
          outcome = `thrown ${(error as { code?: string }).code ?? (error as Error).message}`;
        }
        outcomes[`${file.replace("../../app", "")}#${name}`] = outcome;
      }
    }
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(40);
    for (const [key, outcome] of Object.entries(outcomes)) {
      expect(`${key}: ${outcome}`).toMatch(
        /: (thrown FORBIDDEN|error: Peran Anda tidak diizinkan melakukan tindakan ini\.)$/,
      );
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("every authenticated API route answers 403 (a session, no token); GET /api/v1/me says who it is", async () => {
    const doc = buildOpenApiDocument("http://localhost");
    const before = await rowCounts();
    const seen: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, { security?: unknown[] }>)) {
        if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
        if (Array.isArray(operation.security) && operation.security.length === 0) continue; // public
        const params: Record<string, string> = {};
        const dir = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          params[name] = "X-1";
          return `[${name}]`;
        });
        const mod = (await ROUTE_MODULES[`../../app${dir}/route.ts`]()) as Record<string, Handler>;
        const url = `http://localhost${path.replace(/\{\w+\}/g, "X-1")}`;
        const hasBody = method !== "get" && method !== "delete";
        const response = await mod[method.toUpperCase()](
          new Request(url, {
            method: method.toUpperCase(),
            headers: { origin: "http://localhost", ...(hasBody ? { "content-type": "application/json" } : {}) },
            body: hasBody ? JSON.stringify({ channel: "web", answers: { U1: 4 } }) : undefined,
          }),
          { params: Promise.resolve(params) },
        );
        const key = `${method.toUpperCase()} ${path}`;
        seen.push(key);
        expect(`${key}: ${response.status}`).toBe(`${key}: ${path === "/api/v1/me" ? 200 : 403}`);
      }
    }
    expect(seen).toContain("POST /api/v1/responses");
    expect(seen.length).toBeGreaterThanOrEqual(15);
    expect(await rowCounts()).toEqual(before);
  });
});
