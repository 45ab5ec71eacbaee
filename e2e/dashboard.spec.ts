import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

const KPIS = ["ikm", "on_time_rate", "median_processing_days", "overdue_count", "complaints_within_deadline", "investment_value", "investment_jobs", "permits_issued"];

test("leadership sees every KPI with a value, a target and a status on the demo data; a KPI link opens its detail", async ({ page }) => {
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
  await page.getByTestId("kpi-ikm").getByRole("link", { name: /Rincian/ }).click();
  await expect(page).toHaveURL(/\/staf\/skm/);
});

test("an admin changes a target and the KPI's status changes", async ({ page }) => {
  await signIn(page, "ADMIN", "/dashboard");
  await page.goto("/dashboard");
  const status = page.getByTestId("kpi-ikm-status");
  await expect(status).toHaveText(/Tercapai|Berisiko|Tidak tercapai/);
  const year = new Date().getFullYear();
  // An impossible target (100) is missed; a trivial one (25) is met.
  for (const [value, expected] of [["100", "Tidak tercapai"], ["25", "Tercapai"]] as const) {
    await page.goto(`/staf/admin/target?tahun=${year}`);
    await page.getByLabel("KPI").selectOption("ikm");
    await page.getByLabel("Target", { exact: true }).fill(value);
    await page.getByRole("button", { name: "Tetapkan target" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Simpan" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByTestId("kpi-ikm-status")).toHaveText(expected);
  }
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

test("the public portal shows a licence type's standard and the latest published IKM without login; unpublished reports stay private", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Maklumat pelayanan" })).toBeVisible();
  await expect(page.getByTestId("public-ikm")).toContainText(/\d+,\d{2}/);
  await expectAccessible(page);
  await page.goto("/layanan/PBG");
  await expect(page.getByRole("heading", { name: "Persyaratan" })).toBeVisible();
  await expect(page.getByText("28 hari kerja").first()).toBeVisible();
  const archive = await request.get("/laporan");
  expect(archive.status()).toBe(200);
});
