import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { signIn, expectAccessible, decodePng } from "./support";

// Issue 16: a chart's bars and points open the detail for the same period and filter (links named by their figure,
// reachable by keyboard), and a chart's PNG carries its legend under the chart.

const RANGE = "dari=2026-01-01&sampai=2026-06-30";

test("a licence type's bar opens the processing view for that licence type and period, with the same figure", async ({
  page,
}) => {
  await signIn(page, "PLANNER", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}&kecamatan=35.71.02`);
  const chart = page.getByRole("group", { name: "Tepat waktu per jenis izin" });
  await expect(chart.getByRole("link").first()).toBeVisible();
  // The first bar with a figure (a licence type without finished files reads "Tepat waktu —").
  const names = await chart.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
  const pattern = /^(.+): Tepat waktu (\d{1,3},\d\u00a0%) — buka rincian$/;
  const index = names.findIndex((candidate) => pattern.test(candidate));
  expect(index).toBeGreaterThanOrEqual(0);
  const bar = chart.getByRole("link").nth(index);
  const name = names[index]!;
  // "Persetujuan Bangunan Gedung: Tepat waktu 81,2 % — buka rincian"
  const [, typeName, figure] = pattern.exec(name)!;
  const href = (await bar.getAttribute("href"))!;
  const code = /licenseType=([^&]+)/.exec(href)![1]!;
  expect(href).toBe(`/staf/waktu-proses?${RANGE}&licenseType=${code}&kecamatan=35.71.02`);
  await expectAccessible(page);

  await bar.click();
  await expect(page).toHaveURL(new RegExp(`/staf/waktu-proses\\?${RANGE}&licenseType=${code}&kecamatan=35\\.71\\.02$`));
  await expect(page.getByLabel("Jenis izin", { exact: true })).toHaveValue(code);
  await expect(page.getByLabel("Kecamatan", { exact: true })).toHaveValue("35.71.02");
  await expect(page.getByLabel("Dari", { exact: true })).toHaveValue("2026-01-01");
  await expect(page.getByLabel("Sampai", { exact: true })).toHaveValue("2026-06-30");
  await expect(page.getByTestId("processing-period")).toHaveText("1 Januari – 30 Juni 2026");
  await expect(page.getByTestId("kpi-on-time")).toHaveText(figure!);
  // The detail's own chart shows that one licence type, with the same figure.
  await expect(chart.getByRole("link")).toHaveCount(1);
  await expect(chart.getByRole("link")).toHaveAttribute("aria-label", name);
  expect(typeName).toBeTruthy();
});

test("a month's point is reached with Tab and opened with Enter: the view for that month", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}`);
  const months = page.getByRole("group", { name: "Penyelesaian per bulan" });
  await expect(months.getByRole("link")).toHaveCount(6);
  const first = months.getByRole("link").first();
  await expect(first).toHaveAttribute("href", "/staf/waktu-proses?dari=2026-01-01&sampai=2026-01-31");
  await expect(first).toHaveAttribute(
    "aria-label",
    /^Januari 2026: Selesai [\d.]+, Tepat waktu [\d,]+\s% — buka rincian$/,
  );
  // From the last licence-type bar, Tab moves on until the first month's point has the focus.
  await page.getByRole("group", { name: "Tepat waktu per jenis izin" }).getByRole("link").last().focus();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await first.evaluate((element) => element === document.activeElement);
  }
  expect(reached).toBe(true);
  const completed = /Selesai ([\d.]+)/.exec((await first.getAttribute("aria-label"))!)![1]!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/staf\/waktu-proses\?dari=2026-01-01&sampai=2026-01-31$/);
  await expect(page.getByTestId("processing-period")).toHaveText("1–31 Januari 2026");
  await expect(page.getByTestId("kpi-completed")).toHaveText(completed);
});

test("an investment trend bar opens the dashboard for that quarter by month with the same filter", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/investasi");
  await page.goto("/staf/investasi?dari=2025-01-01&sampai=2025-12-31&interval=quarter&origin=PMDN");
  const bar = page.getByTestId("investment-trend-chart").getByRole("link").nth(1);
  await expect(bar).toHaveAttribute(
    "href",
    "/staf/investasi?dari=2025-04-01&sampai=2025-06-30&interval=month&origin=PMDN",
  );
  const name = (await bar.getAttribute("aria-label"))!;
  const amount = /^Triwulan II 2025: Nilai investasi (.+) — buka rincian$/.exec(name)![1]!;
  await bar.click();
  await expect(page).toHaveURL(/dari=2025-04-01&sampai=2025-06-30&interval=month&origin=PMDN$/);
  await expect(page.getByTestId("total-investment").locator("[aria-hidden=true]")).toHaveText(amount);
  await expectAccessible(page);
});

/** Whether the band of `rgba` holds a pixel within a small distance of each of `colors`. */
function holdsColors(rgba: Buffer, colors: [number, number, number][]): boolean[] {
  return colors.map(([r, g, b]) => {
    for (let i = 0; i < rgba.length; i += 4)
      if (Math.abs(rgba[i]! - r) + Math.abs(rgba[i + 1]! - g) + Math.abs(rgba[i + 2]! - b) < 24) return true;
    return false;
  });
}

test("the monthly chart's PNG has its title, period and legend drawn under the chart", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}`);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Penyelesaian per bulan" }) });
  await expect(section.getByTestId("chart-legend")).toHaveText(/Selesai.*Tepat waktu/);
  const chartHeight = await section
    .locator(".chart-frame svg.recharts-surface")
    .evaluate((svg) => Math.round(svg.getBoundingClientRect().height));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: /sebagai gambar PNG/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^penyelesaian-per-bulan-.*2026.*\.png$/);
  const png = readFileSync((await download.path())!);
  await download.saveAs(test.info().outputPath("monthly-chart.png")); // kept beside the results, to look at
  // Selesai #1d4ed8, Tepat waktu #15803d.
  // 2× scale: 24 px padding, 64 px title and period, the chart, then the legend band, then 24 px padding.
  const legendTop = (24 + 64 + chartHeight) * 2;
  const { height, rgba } = await decodePng(page, png, legendTop);
  expect(height / 2 - 24 - 64 - chartHeight - 24).toBeGreaterThanOrEqual(30);
  expect(
    holdsColors(rgba, [
      [0x1d, 0x4e, 0xd8],
      [0x15, 0x80, 0x3d],
    ]),
  ).toEqual([true, true]);
});
