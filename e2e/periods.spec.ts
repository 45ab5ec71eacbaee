import { test, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { signIn, expectAccessible, E2E_DB } from "./support";
import { MONTH_NAMES } from "../lib/format/format";

// Issue 16: custom ranges, the running period marked as partial, drill-down that keeps its period, per-counter
// figures under the minimum n. Dates are WIB, from the real clock (the demo data runs up to today).

const todayWib = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const idDecimal = (value: number) => value.toFixed(2).replace(".", ",");

test("a custom range on /staf/skm shows its label and the API's IKM for it; a reversed range is explained", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto("/staf/skm?dari=2026-01-01&sampai=2026-03-15");
  await expect(page.getByRole("heading", { name: "IKM — 1 Januari – 15 Maret 2026" })).toBeVisible();
  await expect(page.getByLabel("Jenis periode")).toHaveValue("custom");
  await expect(page.getByLabel("Dari tanggal")).toHaveValue("2026-01-01");
  await expect(page.getByLabel("Sampai tanggal")).toHaveValue("2026-03-15");
  const api = await (await page.request.get("/api/v1/skm/summary?from=2026-01-01&to=2026-03-15")).json();
  expect(api.respondents).toBeGreaterThan(0);
  await expect(page.getByTestId("skm-ikm")).toHaveText(idDecimal(api.ikm));
  await expectAccessible(page);

  const refused = await page.goto("/staf/skm?dari=2026-03-15&sampai=2026-01-01");
  expect(refused?.status()).toBe(200);
  await expect(page.getByTestId("range-error")).toContainText("Tanggal akhir (sampai) sebelum tanggal awal (dari)");
  await page.goto("/staf/skm?dari=2026-02-30&sampai=2026-03-01");
  await expect(page.getByTestId("range-error")).toContainText("Tanggal tidak valid");
});

test("the running month is marked partial in words under the SKM and processing charts", async ({ page }) => {
  const today = todayWib();
  const month = MONTH_NAMES.id[Number(today.slice(5, 7)) - 1]!;
  const day = Number(today.slice(8, 10));
  const expected = `${month} ${today.slice(0, 4)} (sebagian, s.d. ${day} ${month})`;
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto(`/staf/skm?kind=month&period=${today.slice(0, 7)}`);
  await expect(page.getByRole("heading", { name: `IKM — ${expected}` })).toBeVisible();
  const skmNote = page.getByTestId("chart-trend").getByTestId("partial-note");
  await expect(skmNote).toContainText(`* ${expected}: periode berjalan, data belum lengkap`);
  await expect(page.getByTestId("chart-trend").getByText(`${month} ${today.slice(0, 4)} *`)).toBeAttached();

  await page.goto("/staf/waktu-proses");
  await expect(page.getByTestId("partial-note")).toContainText(`* ${expected}`);
  await expect(page.getByTestId("throughput-table").getByText(expected)).toBeVisible();
});

test("a point of the IKM trend opens the dashboard for its period with the same filters", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto("/staf/skm?kind=quarter&period=2026-Q3&questionnaire=SKM-2017");
  const point = page
    .getByTestId("chart-trend")
    .getByRole("link", { name: /^Triwulan II 2026: IKM \d{2},\d{2} — buka rincian$/ });
  await expect(point).toHaveAttribute("href", "/staf/skm?questionnaire=SKM-2017&kind=quarter&period=2026-Q2");
  await point.click();
  await expect(page).toHaveURL(/\/staf\/skm\?questionnaire=SKM-2017&kind=quarter&period=2026-Q2$/);
  await expect(page.getByLabel("Periode", { exact: true })).toHaveValue("2026-Q2");
});

test("/dashboard: the IKM's Rincian opens /staf/skm for the same year with the same IKM", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/dashboard");
  const year = todayWib().slice(0, 4);
  await page.goto(`/dashboard?periode=${year}`);
  await expect(page.getByTestId("dashboard-period")).toContainText(`Tahun ${year} (sebagian, s.d.`);
  await expect(page.getByTestId("kpi-ikm-partial")).toContainText("Periode berjalan");
  // The sparkline's last point (this year, still running) is drawn hollow on a dashed segment.
  await expect(page.getByTestId("kpi-ikm").locator('svg.sparkline[data-partial="true"]')).toBeAttached();
  const value = (await page.getByTestId("kpi-ikm-value").textContent())!.trim();
  expect(value).toMatch(/^\d{2},\d{2}$/);
  await page
    .getByTestId("kpi-ikm")
    .getByRole("link", { name: /Rincian/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/staf/skm\\?kind=year&period=${year}$`));
  await expect(page.getByTestId("skm-ikm")).toHaveText(value);
  await expect(page.getByLabel("Periode", { exact: true })).toHaveValue(year);

  // A date range on /dashboard: an exact quarter is that quarter, any other range opens /staf/skm as a range.
  await page.goto("/dashboard?dari=2026-01-01&sampai=2026-03-31");
  await expect(page.getByTestId("dashboard-period")).toHaveText("Triwulan I 2026");
  await expect(page.getByTestId("kpi-ikm").getByRole("link", { name: /Rincian/ })).toHaveAttribute(
    "href",
    "/staf/skm?kind=quarter&period=2026-Q1",
  );
  await page.goto("/dashboard?dari=2026-02-01&sampai=2026-02-10");
  await expect(page.getByTestId("dashboard-period")).toHaveText("1–10 Februari 2026");
  await expect(page.getByTestId("kpi-on_time_rate").getByRole("link", { name: /Rincian/ })).toHaveAttribute(
    "href",
    "/staf/waktu-proses?dari=2026-02-01&sampai=2026-02-10",
  );
  await page.goto("/dashboard?dari=2026-02-10&sampai=2026-02-01");
  await expect(page.getByTestId("range-error")).toContainText("Tanggal akhir (sampai) sebelum tanggal awal (dari)");
});

/** Respondents per counter name (SKM-2017) in the range, from the e2e database. */
function respondentsByCounter(from: string, to: string): Array<{ name: string; n: number }> {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT c."name" AS name, COUNT(*) AS n FROM "SurveyResponse" r JOIN "Counter" c ON c."id" = r."counterId"
         WHERE r."questionnaire" = 'SKM-2017' AND r."surveyDate" BETWEEN ? AND ? GROUP BY c."name" ORDER BY n DESC`,
      )
      .all(from, to) as Array<{ name: string; n: number }>;
  } finally {
    db.close();
  }
}

async function setBreakdownMinN(page: Page, value: number) {
  await page.goto("/staf/admin/kantor");
  await page.getByLabel("Minimum n rincian per loket/petugas").fill(String(value));
  await page.getByRole("button", { name: "Simpan" }).first().click();
  await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
}

test("the per-counter view hides a counter below the minimum n and says why", async ({ page }) => {
  const counts = respondentsByCounter("2026-01-01", "2026-03-31");
  expect(counts.length).toBeGreaterThanOrEqual(2);
  const [largest] = counts;
  const smaller = counts.find((c) => c.n < largest!.n);
  expect(smaller, "the demo data has counters of different sizes").toBeDefined();
  await signIn(page, "ADMIN", "/staf/admin/kantor");
  // The minimum is the largest counter's n: it is shown, every smaller one hidden.
  await setBreakdownMinN(page, largest!.n);
  try {
    await page.goto("/staf/skm?kind=quarter&period=2026-Q1");
    const table = page.getByTestId("breakdown-skm-counters");
    await expect(table).toContainText(`Baris dengan n < ${largest!.n} tidak ditampilkan`);
    const shownRow = table.getByRole("row").filter({ hasText: largest!.name });
    await expect(shownRow).toContainText(largest!.n.toLocaleString("id-ID"));
    await expect(shownRow.getByRole("cell").nth(1)).toHaveText(/^\d{2},\d{2}$/);
    const hiddenRow = table.getByRole("row").filter({ hasText: smaller!.name });
    await expect(hiddenRow).toContainText(`n < ${largest!.n}, tidak ditampilkan`);
    await expect(hiddenRow).not.toContainText(String(smaller!.n));
    await expect(hiddenRow).not.toContainText(/\d{2},\d{2}/);
    await expectAccessible(page);
  } finally {
    await setBreakdownMinN(page, 30);
  }
});
