import { writeFileSync, mkdirSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

test.describe("SKM dashboard and published reports", () => {
  test("leadership sees the IKM, its confidence interval and non-empty charts", async ({ page }) => {
    await signIn(page, "LEADERSHIP", "/staf/skm");
    await page.goto("/staf/skm");
    await expect(page.getByRole("heading", { level: 1, name: /Survei Kepuasan Masyarakat/ })).toBeVisible();
    const ikm = page.getByTestId("skm-ikm");
    await expect(ikm).toHaveText(/^\d{2},\d{2}$/);
    await expect(page.getByText(/Selang kepercayaan 95%/).first()).toBeVisible();
    // recharts draws bars as SVG paths: the element chart and the trend must have real shapes
    const elementBars = page.getByTestId("chart-elements").locator("svg path.recharts-rectangle");
    await expect(elementBars.first()).toBeVisible();
    expect(await elementBars.count()).toBeGreaterThanOrEqual(9);
    await expect(page.getByTestId("chart-trend").locator("svg path.recharts-curve").first()).toBeVisible();
    await expect(page.getByTestId("chart-info-sources").locator("svg path.recharts-rectangle").first()).toBeVisible();
    await expect(page.getByTestId("skm-comments").locator("li").first()).toBeVisible();
    await page.screenshot({ path: "test-results/skm-dashboard.png", fullPage: true });
    await expectAccessible(page);
    // filter by counter keeps a figure
    await page.getByLabel("Loket", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/counter=L1/);
    await expect(page.getByTestId("skm-ikm")).toHaveText(/^\d{2},\d{2}$/);
    // historical IKM-2004 data shows with its own method
    await page.goto("/staf/skm?kind=year&period=2014&questionnaire=IKM-2004");
    await expect(page.getByTestId("skm-ikm")).toHaveText(/^\d{2},\d{2}$/);
    await expect(page.getByText(/Bobot: 0,0710/)).toBeVisible();
  });

  test("the archive lists published reports; a published report renders; a draft is 404; the share image is a PNG", async ({
    page,
    request,
  }) => {
    await page.goto("/laporan");
    const links = page.locator('a[href^="/laporan/skm/"]');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    const href = (await links.first().getAttribute("href"))!;
    await page.goto(href);
    await expect(page.getByTestId("report-ikm")).toHaveText(/^\d{2},\d{2}$/);
    await expect(page.getByTestId("follow-up-plan")).toContainText("Rencana tindak lanjut");
    await expect(page.getByRole("heading", { name: "Tiga unsur dengan nilai terendah" })).toBeVisible();
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toContain(`${href}/gambar`);
    await page.screenshot({ path: "test-results/skm-report.png", fullPage: true });
    await expectAccessible(page);

    const image = await request.get(`${href}/gambar`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    // Sent as a palette PNG (IHDR colour type 3), well under half the bytes of the rendered RGBA card.
    expect(bytes[25]).toBe(3);
    expect(bytes.length).toBeLessThan(40_000);
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/skm-share.png", bytes);

    // The seed's draft is the last complete month; it and its image are not public.
    const now = new Date(Date.now() + 7 * 3600_000);
    const draft = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const draftKey = `${draft.getUTCFullYear()}-${String(draft.getUTCMonth() + 1).padStart(2, "0")}`;
    expect((await request.get(`/laporan/skm/${draftKey}`)).status()).toBe(404);
    expect((await request.get(`/laporan/skm/${draftKey}/gambar`)).status()).toBe(404);
    expect((await request.get(`/laporan/skm/bukan-periode`)).status()).toBe(404);
  });

  test("officers may not open the SKM dashboard", async ({ page }) => {
    await signIn(page, "OFFICER");
    const response = await page.goto("/staf/skm");
    expect(response?.status()).toBe(403);
  });

  test("an admin writes and publishes the follow-up plan of the draft period, which then becomes public", async ({
    page,
    request,
  }) => {
    const now = new Date(Date.now() + 7 * 3600_000);
    const draft = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const draftKey = `${draft.getUTCFullYear()}-${String(draft.getUTCMonth() + 1).padStart(2, "0")}`;
    await signIn(page, "ADMIN", "/staf/skm/laporan");
    await page.goto("/staf/skm/laporan");
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: new RegExp(`\\(${draftKey}\\)`) }),
    });
    await section
      .getByLabel("Rencana tindak lanjut")
      .fill("Rencana tindak lanjut uji: percepat U3 dengan notifikasi status.");
    await section.getByRole("button", { name: "Terbitkan" }).click();
    await expect(section.getByRole("status")).toHaveText(/^Terbit sebagai versi \d+\.$/);
    const res = await request.get(`/laporan/skm/${draftKey}`);
    expect(res.status()).toBe(200);
    await page.goto(`/laporan/skm/${draftKey}`);
    await expect(page.getByTestId("follow-up-plan")).toContainText("percepat U3 dengan notifikasi status");
  });
});
