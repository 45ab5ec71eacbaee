import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";
import { KPI_CODES } from "../lib/kpi/kpi-definitions";

// Every KPI of the scorecard except the two of SKM follow-up actions (this check lists the nine it always has).
const KPIS = KPI_CODES.filter((code) => code !== "follow_up_on_time" && code !== "follow_up_median_days");

test("leadership sees every KPI with a value, a target and a status on the demo data; a KPI link opens its detail", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/dashboard");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dasbor pimpinan" })).toBeVisible();
  for (const code of KPIS) {
    const card = page.getByTestId(`kpi-${code}`);
    await expect(card).toBeVisible();
    await expect(card.getByTestId(`kpi-${code}-value`)).not.toHaveText("—");
    await expect(card.getByText(/^Target/)).toBeVisible();
    await expect(card.getByTestId(`kpi-${code}-status`)).toHaveText(/Tercapai|Berisiko|Tidak tercapai/);
  }
  await expect(page.getByTestId("standards-coverage")).toContainText("%");
  await expectAccessible(page);
  await page
    .getByTestId("kpi-ikm")
    .getByRole("link", { name: /Rincian/ })
    .click();
  await expect(page).toHaveURL(/\/staf\/skm/);
});

test("an admin changes a target and the KPI's status changes; the target is restored afterwards", async ({ page }) => {
  await signIn(page, "ADMIN", "/dashboard");
  await page.goto("/dashboard");
  const status = page.getByTestId("kpi-ikm-status");
  await expect(status).toHaveText(/Tercapai|Berisiko|Tidak tercapai/);
  const statusBefore = (await status.textContent())!.trim();
  const year = new Date().getFullYear();
  const setTarget = async (value: string) => {
    await page.goto(`/staf/admin/target?tahun=${year}`);
    await page.getByLabel("KPI").selectOption("ikm");
    await page.getByLabel("Target", { exact: true }).fill(value);
    await page.getByRole("button", { name: "Tetapkan target" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Simpan" })).toBeVisible();
  };
  // The target in force before the test ("88,31 (bawaan)" in id-ID), so later specs see the same dashboard.
  await page.goto(`/staf/admin/target?tahun=${year}`);
  const shown = (await page.getByTestId("target-ikm").textContent())!.trim();
  const original = shown.split(" ")[0].replace(/\./g, "").replace(",", ".");
  expect(Number(original)).toBeGreaterThan(0);
  try {
    // An impossible target (100) is missed; a trivial one (25) is met.
    for (const [value, expected] of [
      ["100", "Tidak tercapai"],
      ["25", "Tercapai"],
    ] as const) {
      await setTarget(value);
      await page.goto("/dashboard");
      await expect(page.getByTestId("kpi-ikm-status")).toHaveText(expected);
    }
  } finally {
    await setTarget(original);
  }
  await page.goto(`/staf/admin/target?tahun=${year}`);
  await expect(page.getByTestId("target-ikm")).toHaveText(new RegExp(`^${shown.split(" ")[0].replace(".", "\\.")}`));
  await page.goto("/dashboard");
  await expect(page.getByTestId("kpi-ikm-status")).toHaveText(statusBefore);
});

test("the weekly review compares the last 7 days with the week before", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/dashboard/mingguan");
  await page.goto("/dashboard/mingguan");
  await expect(page.getByRole("heading", { name: "Tinjauan mingguan" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Permohonan baru/ })).toBeVisible();
  await expect(page.getByTestId("weekly-overdue")).not.toHaveText("—");
});

test("officers and planners do not get the leadership dashboard", async ({ page }) => {
  await signIn(page, "OFFICER");
  expect((await page.goto("/dashboard"))?.status()).toBe(403);
});

test("the public portal shows a licence type's standard and the latest published IKM without login; unpublished reports stay private", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Maklumat pelayanan" })).toBeVisible();
  await expect(page.getByTestId("public-ikm")).toContainText(/\d+,\d{2}/);
  await expectAccessible(page);
  await page.goto("/layanan/PBG");
  await expect(page.getByRole("heading", { name: "Persyaratan" })).toBeVisible();
  await expect(page.getByText("28 hari kerja").first()).toBeVisible();
  // Unpublished reports stay private: the seed's draft is the last complete month (WIB); the archive lists only
  // published periods, never the draft, and the draft's report and share image are 404.
  await page.goto("/laporan");
  const reportLinks = page.locator('a[href^="/laporan/skm/"]');
  expect(await reportLinks.count()).toBeGreaterThanOrEqual(1);
  const now = new Date(Date.now() + 7 * 3600_000);
  const draft = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const draftKey = `${draft.getUTCFullYear()}-${String(draft.getUTCMonth() + 1).padStart(2, "0")}`;
  const hrefs = await reportLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).not.toContain(`/laporan/skm/${draftKey}`);
  expect((await request.get(`/laporan/skm/${draftKey}`)).status()).toBe(404);
  expect((await request.get(`/laporan/skm/${draftKey}/gambar`)).status()).toBe(404);
  // and a listed (published) report does open for the public
  expect((await request.get(hrefs[0]!)).status()).toBe(200);
});
