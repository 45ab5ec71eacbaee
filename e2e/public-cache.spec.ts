import { test, expect } from "@playwright/test";
import { signIn } from "./support";

// Issue 15: `npm start` answers the public pages from a cache; what an admin changes is on the next request.
test("an anonymous visitor's cached standard shows the admin's new tariff on the next request, in both languages", async ({
  page,
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL }); // no cookies: the cached path
  const english = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: "lentera-locale=en" },
  });
  const cacheOf = async (context: typeof visitor) => {
    const response = await context.get("/layanan/PKKPR");
    return { cache: response.headers()["x-lentera-page-cache"], html: await response.text() };
  };
  await cacheOf(visitor);
  await cacheOf(english);
  const before = await cacheOf(visitor);
  expect(before.cache).toBe("hit");
  expect(before.html).not.toContain("17.500");

  const setTariff = async (value: string) => {
    await page.goto("/staf/admin/layanan/PKKPR");
    await page.getByLabel("Tarif resmi (rupiah, 0 = gratis)").fill(value);
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByRole("status")).toContainText("Perubahan disimpan");
  };
  await signIn(page, "ADMIN", "/staf/admin/layanan/PKKPR");
  await setTariff("17500");
  try {
    const after = await cacheOf(visitor);
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("17.500");
    expect((await cacheOf(english)).html).toMatch(/17[.,]500/);
    expect((await cacheOf(visitor)).cache).toBe("hit");
    // A signed-in staff member is never served from the cache (the header shows the staff menu).
    const staffView = await page.request.get("/layanan/PKKPR");
    expect(staffView.headers()["x-lentera-page-cache"]).toBeUndefined();
  } finally {
    await setTariff("0");
  }
  expect((await cacheOf(visitor)).html).not.toContain("17.500");
  await visitor.dispose();
  await english.dispose();
});
