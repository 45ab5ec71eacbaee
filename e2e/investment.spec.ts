import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { signIn, expectAccessible } from "./support";
import { PROJECT_EXPORT_HEADER } from "../lib/investment/export-columns";

function wibDate(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

test("a planner filters the investment dashboard, sees the chart and downloads a matching CSV", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/investasi");
  await page.getByRole("link", { name: "Investasi", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Analitik investasi" })).toBeVisible();

  await page.getByLabel("Dari tanggal", { exact: true }).fill(wibDate(-365));
  await page.getByLabel("Sampai tanggal", { exact: true }).fill(wibDate(0));
  await page.getByLabel("Interval", { exact: true }).selectOption("quarter");
  await page.getByLabel("Status PMA/PMDN", { exact: true }).selectOption("PMDN");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/origin=PMDN/);
  await expect(page).toHaveURL(/interval=quarter/);

  const chart = page.getByTestId("investment-trend-chart");
  await expect(chart.locator("svg path.recharts-rectangle").first()).toBeVisible();
  expect(await chart.locator("svg path.recharts-rectangle").count()).toBeGreaterThan(1);
  await expect(page.getByTestId("total-investment")).toContainText("Rp");
  await page.screenshot({ path: "test-results/investment-dashboard.png", fullPage: true });
  await expectAccessible(page);

  const count = Number(await page.getByTestId("total-projects").getAttribute("data-count"));
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(`CSV berisi ${count.toLocaleString("id-ID")} proyek`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("investment-downloads").getByRole("link", { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^investasi-proyek-.*\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields).toEqual([...PROJECT_EXPORT_HEADER]);
  expect(parsed.data).toHaveLength(count);
  expect(new Set(parsed.data.map((row) => row.origin))).toEqual(new Set(["PMDN"]));
  expect(parsed.data.every((row) => /^[0-9]+$/.test(row.investmentValue))).toBe(true);
});

test("an officer may not open the investment dashboard", async ({ page }) => {
  await signIn(page, "OFFICER");
  await expect(page.getByRole("link", { name: "Investasi" })).toHaveCount(0);
  const response = await page.goto("/staf/investasi");
  expect(response?.status()).toBe(403);
});
