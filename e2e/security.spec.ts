import { test, expect, type Page, type BrowserContext, type APIResponse, type Response } from "@playwright/test";
import { signIn, DEMO, answerKioskSurvey } from "./support";
import { STAFF_NAV } from "../lib/navigation";
import { buildOpenApiDocument } from "../lib/api/openapi";

// Issue 14 items 4–6: pages under the CSP, security headers on every route, sessions that end at sign-out.

const PUBLIC_PAGES = ["/", "/layanan", "/laporan", "/pengaduan", "/pengaduan/status", "/survei", "/masuk"];

/** Collects CSP violations two ways: the page's securitypolicyviolation events and Chromium's console reports. */
async function watchCsp(context: BrowserContext, page: Page): Promise<string[]> {
  const seen: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
}

function expectSecurityHeaders(where: string, headers: Record<string, string>) {
  const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  expect(h["content-security-policy"], where).toMatch(/frame-ancestors 'none'/);
  expect(h["content-security-policy"], where).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["x-frame-options"], where).toBe("DENY");
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], where).toContain("camera=()");
  // The e2e server runs on plain http: no HSTS there (it is sent when LENTERA_PUBLIC_URL is https).
  expect(h["strict-transport-security"], where).toBeUndefined();
}

async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  await page.waitForLoadState("networkidle").catch(() => undefined);
  return response!;
}

test.describe("content security policy", () => {
  test("the violation collector works: an injected inline handler is reported and does not run", async ({
    page,
    context,
  }) => {
    const console = await watchCsp(context, page);
    await visit(page, "/");
    const ran = await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = '<img alt="" src="data:," onerror="window.__ranInline = true">';
      document.body.appendChild(box);
      return new Promise<boolean>((r) =>
        setTimeout(() => r(!!(window as unknown as { __ranInline?: boolean }).__ranInline), 500),
      );
    });
    expect(ran).toBe(false);
    expect((await pageViolations(page)).length + console.length).toBeGreaterThan(0);
  });

  test("public pages and every staff navigation page load with their real scripts and styles, no violation, all headers", async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const console = await watchCsp(context, page);
    const violations: string[] = [];
    for (const path of PUBLIC_PAGES) {
      const response = await visit(page, path);
      expect(response.status(), path).toBeLessThan(400);
      expectSecurityHeaders(path, response.headers());
      violations.push(...(await pageViolations(page)).map((v) => `${path}: ${v}`));
    }
    for (const role of ["ADMIN", "LEADERSHIP"] as const) {
      await context.clearCookies();
      await signIn(page, role);
      for (const item of STAFF_NAV) {
        const response = await visit(page, item.href);
        if (response.status() === 403) continue; // a page of another role
        expect(response.status(), `${role} ${item.href}`).toBeLessThan(400);
        expectSecurityHeaders(item.href, response.headers());
        violations.push(...(await pageViolations(page)).map((v) => `${role} ${item.href}: ${v}`));
      }
    }
    // Next's hydration ran (client components are interactive), so the nonce reached Next's own scripts.
    await visit(page, "/staf/skm");
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    violations.push(...(await pageViolations(page)));
    expect([...violations, ...console]).toEqual([]);
  });

  test("charts render under the CSP (SKM dashboard, investment trend)", async ({ page, context }) => {
    const console = await watchCsp(context, page);
    await signIn(page, "LEADERSHIP");
    for (const path of ["/staf/skm", "/staf/investasi"]) {
      await visit(page, path);
      await expect(page.locator(".recharts-surface").first(), path).toBeVisible();
      expect(await pageViolations(page), path).toEqual([]);
    }
    expect(console).toEqual([]);
  });

  test("the public survey without JavaScript loads and submits with no CSP report", async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "id-ID" });
    const page = await noJs.newPage();
    const console: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) console.push(m.text());
    });
    const response = await page.goto("/survei");
    expectSecurityHeaders("/survei", response!.headers());
    await expect(page.getByRole("heading", { name: "Survei Kepuasan Masyarakat" })).toBeVisible();
    // The inline stylesheet applies (style-src allows it): the page is not unstyled.
    const bodyFont = await page
      .locator("body")
      .evaluate((b) => getComputedStyle(b).fontFamily)
      .catch(() => "");
    expect(bodyFont === "" || !/^Times/.test(bodyFont)).toBe(true);
    expect(console).toEqual([]);
    await noJs.close();
  });

  test("the kiosk runs its nonce'd script, registers its service worker and works offline with no CSP report", async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    const console = await watchCsp(context, page);
    const first = await visit(page, "/kiosk/L1?kunci=ksk_demo_L1_lentera2026");
    expect(first.status()).toBeLessThan(400);
    await page.waitForFunction(
      () => document.body.dataset.offlineReady === "1" && !!navigator.serviceWorker.controller,
    );
    expectSecurityHeaders("/kiosk/L1", (await page.request.get("/kiosk/L1")).headers());
    await context.setOffline(true);
    await answerKioskSurvey(page, 3);
    await expect(page.getByTestId("kiosk-pending")).toHaveAttribute("data-count", /[1-9]/);
    const offline = await page.reload(); // the cached copy carries the nonce of its own CSP header
    expect(offline?.headers()["x-lentera-offline"]).toBe("1");
    await expect(page.getByRole("button", { name: "Mulai survei" })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByTestId("kiosk-pending")).toHaveAttribute("data-count", "0", { timeout: 30_000 });
    expect(await pageViolations(page)).toEqual([]);
    expect(console).toEqual([]);
  });
});

test.describe("security headers on the API", () => {
  test("every route and method of the OpenAPI document answers with the security headers (and 405s have a body)", async ({
    request,
  }) => {
    test.setTimeout(180_000);
    const doc = buildOpenApiDocument("http://x");
    const checked: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const url = path.replace(/\{\w+\}/g, "X-1");
      for (const method of Object.keys(item as object).filter((m) =>
        ["get", "post", "put", "patch", "delete"].includes(m),
      )) {
        const response: APIResponse = await request.fetch(url, {
          method: method.toUpperCase(),
          headers: method === "get" ? {} : { "content-type": "application/json" },
          data: method === "get" ? undefined : "{}",
        });
        expectSecurityHeaders(`${method} ${path}`, response.headers());
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
    const wrongMethod = await request.fetch("/api/v1/license-types", { method: "DELETE" });
    expect(wrongMethod.status()).toBe(405);
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe("METHOD_NOT_ALLOWED");
    expect(wrongMethod.headers()["allow"]).toContain("GET");
  });
});

test.describe("cross-site requests and sessions in the browser", () => {
  test("a foreign-Origin POST with the admin's cookie gets 403 JSON, a server action too; open redirects land on this site", async ({
    page,
    context,
    baseURL,
  }) => {
    await signIn(page, "ADMIN");
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const imported = await page.request.post("/api/v1/applications/import", {
      headers: { cookie, origin: "http://127.0.0.1:9999", "content-type": "text/plain" },
      data: "registrationNo\n",
    });
    expect(imported.status()).toBe(403);
    expect(((await imported.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    const action = await page.request.post("/staf/admin/token", {
      headers: {
        cookie,
        origin: "http://127.0.0.1:9999",
        "next-action": "00".repeat(20),
        "content-type": "text/plain;charset=UTF-8",
      },
      data: "[]",
    });
    expect(action.status()).toBe(403);

    for (const callback of ["/%5Cevil.example/phish", "/%09/evil.example", "/%5C%5Cevil.example"]) {
      await context.clearCookies();
      await page.goto(`/masuk?callbackUrl=${callback}`);
      await page.getByLabel("E-mail").fill(DEMO.ADMIN.email);
      await page.getByLabel("Kata sandi").fill(DEMO.ADMIN.password);
      await page.getByRole("button", { name: "Masuk" }).click();
      await page.waitForURL((url) => url.pathname !== "/masuk");
      expect(new URL(page.url()).origin, callback).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname, callback).toBe("/staf");
    }
  });

  test("a session cookie copied before sign-out answers 401 afterwards", async ({ page, context, playwright }) => {
    await signIn(page, "PLANNER");
    const copied = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const base = new URL(page.url()).origin;
    const outsider = await playwright.request.newContext({ baseURL: base });
    expect((await outsider.get("/api/v1/me", { headers: { cookie: copied } })).status()).toBe(200);
    await page.getByRole("button", { name: /Keluar/ }).click();
    await page.waitForURL(/\/masuk/);
    expect((await outsider.get("/api/v1/me", { headers: { cookie: copied } })).status()).toBe(401);
    const dashboard = await outsider.get("/dashboard", { headers: { cookie: copied }, maxRedirects: 0 });
    expect(dashboard.status()).toBeGreaterThanOrEqual(300);
    expect(dashboard.status()).toBeLessThan(400);
    await outsider.dispose();
  });
});
