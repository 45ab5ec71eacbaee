import { test, expect } from "@playwright/test";
import { signIn, DEMO, expectAccessible } from "./support";

test.describe("public site", () => {
  test("shows service standards without login, in Indonesian, and switches to English", async ({ page }) => {
    await page.goto("/layanan");
    await expect(page.getByRole("heading", { name: "Standar pelayanan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Persetujuan Bangunan Gedung" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { name: "Service standards" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Building Approval" }).click();
    await expect(page.getByText("28 working days").first()).toBeVisible();
    await page.getByRole("link", { name: "Ganti ke Bahasa Indonesia" }).click();
    await expect(page.getByText("28 hari kerja").first()).toBeVisible();
  });

  test("the API serves licence types and a complete OpenAPI document", async ({ request }) => {
    const types = await request.get("/api/v1/license-types");
    expect(types.status()).toBe(200);
    expect((await types.json()).data.length).toBeGreaterThan(15);
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/license-types");
  });
});

test.describe("sign-in", () => {
  test("a page behind login redirects to the sign-in page", async ({ page }) => {
    await page.goto("/staf/admin/pengguna");
    await expect(page).toHaveURL(/\/masuk/);
    await expect(page.getByRole("heading", { name: "Masuk ke area staf" })).toBeVisible();
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByLabel("E-mail").fill(DEMO.ADMIN.email);
    await page.getByLabel("Kata sandi").fill("not-the-password");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("E-mail atau kata sandi salah.")).toBeVisible();
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/masuk/);
  });

  test("a tampered session cookie is treated as no session", async ({ page, context }) => {
    await context.addCookies([
      {
        name: "next-auth.session-token",
        value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged",
        url: page.url() === "about:blank" ? "http://127.0.0.1:3100" : page.url(),
      },
    ]);
    await page.goto("/staf");
    await expect(page).toHaveURL(/\/masuk/);
  });
});

test.describe("each role sees what it may and nothing else", () => {
  test("ADMIN manages users and API tokens", async ({ page }) => {
    await signIn(page, "ADMIN");
    const nav = page.getByRole("navigation", { name: "Area staf" });
    await expect(nav.getByRole("link", { name: "Pengguna" })).toBeVisible();
    await nav.getByRole("link", { name: "Pengguna" }).click();
    await expect(page.getByRole("heading", { name: "Pengguna", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: DEMO.PLANNER.email })).toBeVisible();

    await nav.getByRole("link", { name: "Token API" }).click();
    await page.getByLabel("Nama token").fill("Gateway SMS e2e");
    await page.getByRole("button", { name: "Buat token" }).click();
    const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^lnt_/);
    const me = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ role: "OFFICER" });
  });

  for (const role of ["LEADERSHIP", "PLANNER", "OFFICER"] as const) {
    test(`${role} does not see administration and gets 403 when opening it`, async ({ page }) => {
      await signIn(page, role);
      await expect(
        page.getByRole("navigation", { name: "Area staf" }).getByRole("link", { name: "Pengguna" }),
      ).toHaveCount(0);
      const response = await page.goto("/staf/admin/pengguna");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    });
  }
});
