import { test, expect, type Page } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

// Issue 16: the duration distribution's bars open the applications behind them, the SKM per-element bars open that
// element's detail — same period and filters, the figure of the bar found again on the page opened; a reader who may
// not open the list gets no link. The dashboard's short overdue and fee-discrepancy lists open every such file on the
// list. The agency queue is paged like every staff list.

const RANGE = "dari=2026-01-01&sampai=2026-06-30";

/** The aria-labels of a chart group's links. */
async function linkNames(page: Page, chart: string): Promise<string[]> {
  const group = page.getByRole("group", { name: chart });
  await expect(group.getByRole("link").first()).toBeVisible();
  return group.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
}

test("a duration bar opens the applications finished in those days in that many working days: as many rows", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}&kecamatan=35.71.02`);
  const chart = "Sebaran lama proses (hari kerja)";
  const names = await linkNames(page, chart);
  // "6–10 hari kerja: Jumlah 123 — buka rincian": every non-empty bucket is a link named by its figure.
  const pattern = /^(.+) hari kerja: Jumlah ([\d.]+) — buka rincian$/;
  expect(names.every((name) => pattern.test(name))).toBe(true);
  const [, bucket, figure] = pattern.exec(names[0]!)!;
  const bar = page.getByRole("group", { name: chart }).getByRole("link").first();
  const href = (await bar.getAttribute("href"))!;
  expect(href).toMatch(
    /^\/staf\/permohonan\?selesaiDari=2026-01-01&selesaiSampai=2026-06-30&hari=[^&]+&kecamatan=35\.71\.02$/,
  );
  // The link names the bucket it opens.
  const key = decodeURIComponent(/hari=([^&]+)/.exec(href)![1]!);
  expect(bucket).toBe(key.replace("-", "–").replace(">", "> "));
  await expectAccessible(page);

  // Reached with the keyboard and followed with Enter.
  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/staf/permohonan\\?selesaiDari=2026-01-01`));
  await expect(page.getByTestId("applications-finished-filter")).toContainText(
    `Berkas yang selesai 1 Januari – 30 Juni 2026 dalam ${bucket} hari kerja.`,
  );
  const total = Number(figure!.replace(/\./g, ""));
  const shown = Math.min(20, total).toLocaleString("id-ID");
  await expect(page.getByTestId("applications-count").locator("strong")).toHaveText(`${shown} dari ${figure}`);
  // Paging keeps the filter: page 2 (when there is one) is the same list.
  if (total > 20) {
    await page.getByRole("navigation", { name: "Halaman daftar" }).getByRole("link", { name: "Berikutnya" }).click();
    await expect(page).toHaveURL(/hari=.*page=2|page=2.*hari=/);
    await expect(page.getByTestId("applications-count").locator("strong")).toContainText(`dari ${figure}`);
  }
  await expectAccessible(page);
});

test("an aging bar opens the files in progress of that age: as many rows as the bar's backlog", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}&licenseType=PBG`);
  const chart = "Umur berkas berjalan (hari kerja)";
  const names = await linkNames(page, chart);
  // "6–10 hari kerja: Berkas berjalan 12, Melewati batas 3 — buka rincian": one link per bucket, both columns named.
  const pattern = /^(.+) hari kerja: Berkas berjalan ([\d.]+), Melewati batas ([\d.]+) — buka rincian$/;
  expect(names.every((name) => pattern.test(name))).toBe(true);
  const [, bucket, figure] = pattern.exec(names[0]!)!;
  const bar = page.getByRole("group", { name: chart }).getByRole("link").first();
  const href = (await bar.getAttribute("href"))!;
  expect(href).toMatch(/^\/staf\/permohonan\?umur=[^&]+&licenseType=PBG$/);
  expect(bucket).toBe(
    decodeURIComponent(/umur=([^&]+)/.exec(href)![1]!)
      .replace("-", "–")
      .replace(">", "> "),
  );
  await expectAccessible(page);

  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/staf\/permohonan\?umur=/);
  await expect(page.getByTestId("applications-aging-filter")).toContainText(
    `Berkas yang sedang berjalan dan hari ini berumur ${bucket} hari kerja`,
  );
  await expect(page.getByTestId("applications-aging-filter")).toContainText("PBG");
  const shown = Math.min(20, Number(figure!.replace(/\./g, ""))).toLocaleString("id-ID");
  await expect(page.getByTestId("applications-count").locator("strong")).toHaveText(`${shown} dari ${figure}`);
  await expectAccessible(page);
});

test("the dashboard lists the first ten overdue files; 'see all' opens every one of them on the applications list", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}&licenseType=PBG`);
  const seeAll = page.getByTestId("overdue-see-all");
  // "Lihat semua 1.234 berkas terlambat": the dashboard's overdue figure, in Indonesian digits.
  const [, figure] = /^Lihat semua ([\d.]+) berkas terlambat$/.exec(await seeAll.innerText())!;
  const total = Number(figure!.replace(/\./g, ""));
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId("overdue-table").locator("tbody tr")).toHaveCount(Math.min(10, total));
  await expect(seeAll).toHaveAttribute("href", "/staf/permohonan?terlambat=1&licenseType=PBG");
  await expectAccessible(page);

  await seeAll.click();
  await expect(page).toHaveURL(/\/staf\/permohonan\?terlambat=1&licenseType=PBG$/);
  await expect(page.getByRole("heading", { name: "Berkas terlambat", exact: true })).toBeVisible();
  await expect(page.getByTestId("applications-overdue-filter")).toContainText("Berkas terlambat hari ini");
  await expect(page.getByTestId("applications-overdue-filter")).toContainText("PBG");
  const shown = Math.min(20, total).toLocaleString("id-ID");
  await expect(page.getByTestId("applications-count").locator("strong")).toHaveText(`${shown} dari ${figure}`);
  await expectAccessible(page);

  // The clear link goes back to the files in progress; a malformed value is named, not a server error.
  await page.getByTestId("applications-overdue-filter").getByRole("link").click();
  await expect(page).toHaveURL(/\/staf\/permohonan$/);
  const response = await page.goto("/staf/permohonan?terlambat=ya");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("applications-filter-error")).toHaveText(
    "Saringan berkas terlambat tidak dipakai: nilai terlambat tidak sah. Daftar menampilkan semua berkas yang sedang berjalan.",
  );
  await expect(page.getByTestId("applications-overdue-filter")).toHaveCount(0);
});

test("the dashboard lists the ten latest fee discrepancies; 'see all' opens every one of the period's on the list", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}&licenseType=PBG`);
  const seeAll = page.getByTestId("fees-see-all");
  // "Lihat semua 1.234 berkas dengan selisih tarif": the dashboard's fee-discrepancy figure, in Indonesian digits.
  const [, figure] = /^Lihat semua ([\d.]+) berkas dengan selisih tarif$/.exec(await seeAll.innerText())!;
  const total = Number(figure!.replace(/\./g, ""));
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId("fees-table").locator("tbody tr")).toHaveCount(Math.min(10, total));
  const href = "/staf/permohonan?selisihTarif=1&selesaiDari=2026-01-01&selesaiSampai=2026-06-30&licenseType=PBG";
  await expect(seeAll).toHaveAttribute("href", href);

  await seeAll.click();
  await page.waitForURL((url) => url.pathname === "/staf/permohonan");
  expect(page.url().slice(page.url().indexOf("/staf/"))).toBe(href);
  await expect(page.getByRole("heading", { name: "Berkas dengan selisih tarif", exact: true })).toBeVisible();
  const banner = page.getByTestId("applications-fee-discrepancy-filter");
  await expect(banner).toContainText("Berkas dengan selisih tarif, selesai");
  await expect(banner).toContainText("PBG");
  const shown = Math.min(20, total).toLocaleString("id-ID");
  await expect(page.getByTestId("applications-count").locator("strong")).toHaveText(`${shown} dari ${figure}`);
  await expectAccessible(page);

  // The clear link goes back to the files in progress; reversed dates and a duration bar's `hari` are named, not a
  // server error.
  await banner.getByRole("link").click();
  await expect(page).toHaveURL(/\/staf\/permohonan$/);
  let response = await page.goto("/staf/permohonan?selisihTarif=1&selesaiDari=2026-06-30&selesaiSampai=2026-01-01");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("applications-filter-error")).toHaveText(
    "Saringan selisih tarif tidak dipakai: nilai selesaiSampai tidak ada atau tidak sah (selisihTarif=1, selesaiDari dan selesaiSampai bertanggal YYYY-MM-DD, selesaiDari tidak setelah selesaiSampai). Daftar menampilkan berkas yang sedang berjalan.",
  );
  await expect(page.getByTestId("applications-fee-discrepancy-filter")).toHaveCount(0);
  response = await page.goto(`${href}&hari=0-5`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("applications-filter-error")).toHaveText(
    "Saringan selisih tarif tidak dipakai: selisihTarif tidak dapat digabung dengan hari. Daftar menampilkan berkas yang sedang berjalan.",
  );
  await expect(page.getByTestId("applications-finished-filter")).toHaveCount(0);
});

test("a planner, who may not open the applications list, sees the distribution without links", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/waktu-proses");
  await page.goto(`/staf/waktu-proses?${RANGE}`);
  await expect(page.getByRole("heading", { name: "Sebaran lama proses (hari kerja)" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Sebaran lama proses (hari kerja)" })).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Sebaran lama proses (hari kerja)" })).toHaveCount(0);
  // Neither the duration nor the aging bars link to the list (aria-hidden duplicates included).
  await expect(page.getByRole("group", { name: "Umur berkas berjalan (hari kerja)" })).toHaveCount(0);
  // Nor the fee discrepancies (their section streamed in, with rows, before looking for the link).
  await expect(page.getByTestId("fees-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("fees-see-all")).toHaveCount(0);
  await expect(page.locator('a[href^="/staf/permohonan"]')).toHaveCount(0);
  // The licence-type bars (same page) stay links.
  await expect(page.getByRole("group", { name: "Tepat waktu per jenis izin" }).getByRole("link").first()).toBeVisible();
});

test("an element's bar opens that element's detail for the same period and filter, with the bar's NRR", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto("/staf/skm?kind=year&period=2025&licenseType=PBG");
  const chart = "Nilai rata-rata per unsur (NRR)";
  const names = await linkNames(page, chart);
  expect(names.length).toBeGreaterThanOrEqual(9);
  const pattern = /^(U\d+) (.+): NRR (\d,\d\d) — buka rincian$/;
  const [, code, element, nrr] = pattern.exec(names[1]!)!;
  const bar = page.getByRole("group", { name: chart }).getByRole("link").nth(1);
  await expect(bar).toHaveAttribute(
    "href",
    `/staf/skm?kind=year&period=2025&questionnaire=SKM-2017&licenseType=PBG&unsur=${code}#unsur`,
  );
  await expectAccessible(page);
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`unsur=${code}#unsur$`));
  const detail = page.getByTestId("element-detail");
  // The second lowest of the nine is one of the three improvement priorities.
  await expect(detail.locator("h2#unsur")).toHaveText(`Rincian unsur ${code} ${element} prioritas`);
  await expect(detail.getByTestId("element-nrr")).toHaveText(nrr!);
  await expect(detail.getByTestId("element-rank")).toHaveText(`ke-2 terendah dari ${names.length} unsur`);
  // The period and filter are the dashboard's own: the same bar is still there with the same name.
  await expect(page.getByRole("group", { name: chart }).getByRole("link").nth(1)).toHaveAttribute(
    "aria-label",
    names[1]!,
  );
  await expectAccessible(page);

  await page.goto("/staf/skm?kind=year&period=2025&unsur=U99");
  await expect(page.getByTestId("element-invalid")).toHaveText(
    "Rincian unsur tidak ditampilkan: unsur harus salah satu dari U1, U2, U3, U4, U5, U6, U7, U8, U9.",
  );
  await expect(page.getByTestId("element-detail")).toHaveCount(0);
});

test("the agency queue is searched, sorted and paged with its state in the URL", async ({ page }) => {
  await signIn(page, "AGENCY");
  await expect(page).toHaveURL(/\/staf\/rekomendasi$/);
  const waiting = Number((await page.getByTestId("agency-waiting").innerText()).replace(/\./g, ""));
  const shown = Math.min(20, waiting);
  await expect(page.getByTestId("agency-queue-count").locator("strong")).toHaveText(`${shown} dari ${waiting}`);
  // Sorted by registration number, last first, ten a page.
  await page.goto("/staf/rekomendasi?size=10&sort=registrationNo&dir=desc");
  const numbers = await page
    .locator("tr[data-registration]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-registration")!));
  expect(numbers.length).toBe(Math.min(10, waiting));
  expect([...numbers].sort().reverse()).toEqual(numbers);
  if (numbers.length > 0) {
    await page.getByLabel("Cari nomor registrasi, jenis izin atau pemohon").fill(numbers[0]!);
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${numbers[0]}`));
    await expect(page.getByTestId("agency-queue-count").locator("strong")).toHaveText("1 dari 1");
  }
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);
});
