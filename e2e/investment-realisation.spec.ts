import { test, expect, type Page } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

const AMOUNT = 123_456_789_000n;

/** The exact cumulative realisation on the dashboard (the screen-reader text of the short amount). */
async function realisedTotal(page: Page): Promise<bigint> {
  const text = await page.getByTestId("lkpm-realised-total").locator(".sr-only").textContent();
  return BigInt((text ?? "").replace(/[^0-9]/g, ""));
}

test("a planner imports an LKPM CSV, corrects it through the form and sees the realisation on the dashboard", async ({
  page,
}) => {
  await signIn(page, "PLANNER", "/staf/investasi");
  await page.goto("/staf/investasi");
  await page.getByRole("link", { name: "Rencana vs Realisasi (LKPM)" }).click();
  await expect(page.getByRole("heading", { name: "Rencana vs Realisasi (LKPM)", level: 1 })).toBeVisible();
  await expect(page.getByTestId("realisation-chart").locator("svg path.recharts-rectangle").first()).toBeVisible();
  await expectAccessible(page);

  const before = await realisedTotal(page);
  const firstMissing = page.getByTestId("lkpm-not-filed").locator("tbody tr").first();
  const registrationNo = (await firstMissing.getAttribute("data-registration"))!;
  const lastDue = (await firstMissing.getAttribute("data-last-due"))!; // e.g. "2026-S1"
  const [year, period] = lastDue.split("-");

  await page.getByRole("link", { name: "Input LKPM" }).click();
  await expect(page.getByRole("heading", { name: "Input realisasi investasi (LKPM)" })).toBeVisible();
  await expectAccessible(page);

  const header = "registrationNo,year,period,realisedInvestment,currency,exchangeRate,workersLocal,workersForeign";
  // A file with one unknown project is rejected whole.
  await page.getByLabel("Berkas CSV atau Excel", { exact: true }).setInputFiles({
    name: "lkpm-salah.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${header}\n${registrationNo},${year},${period},${AMOUNT},IDR,,5,0\nTIDAK-ADA-1,${year},${period},1000,IDR,,1,0\n`,
    ),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "tidak ada data yang disimpan" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Nomor registrasi TIDAK-ADA-1 tidak ditemukan." })).toBeVisible();
  await expect(page.getByRole("cell", { name: "baris 3 / registrationNo" })).toBeVisible();

  await page.getByLabel("Berkas CSV atau Excel", { exact: true }).setInputFiles({
    name: "lkpm.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\n${registrationNo},${year},${period},${AMOUNT},IDR,,5,0\n`),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByTestId("lkpm-import-ok")).toHaveText("Impor berhasil: 1 laporan (1 baru, 0 diperbarui).");

  // The finder shows the period as filed with the exact amount.
  await page.getByLabel("Nomor registrasi", { exact: true }).first().fill(registrationNo);
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByTestId("lkpm-project")).toContainText("sudah melapor (Rp 123.456.789.000)");

  // A corrected report for the same period through the form replaces the imported one.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Simpan laporan" }) });
  await form.getByLabel("Nomor registrasi", { exact: true }).fill(registrationNo);
  await form.getByLabel("Tahun", { exact: true }).fill(year);
  await form.getByLabel("Periode", { exact: true }).selectOption(period);
  await form.getByLabel("Realisasi investasi dalam periode").fill(String(AMOUNT + 1_000n));
  await form.getByRole("button", { name: "Simpan laporan" }).click();
  await expect(form.getByRole("status")).toHaveText("Laporan LKPM tersimpan.");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByTestId("lkpm-project")).toContainText("sudah melapor (Rp 123.456.790.000)");

  await page.goto("/staf/investasi/realisasi");
  expect((await realisedTotal(page)) - before).toBe(AMOUNT + 1_000n);
  await expect(page.locator(`[data-registration="${registrationNo}"]`)).toHaveCount(0);
  await page.screenshot({ path: "test-results/investment-realisation.png", fullPage: true });
});

test("an officer may not enter LKPM", async ({ page }) => {
  await signIn(page, "OFFICER");
  const response = await page.goto("/staf/investasi/realisasi/input");
  expect(response?.status()).toBe(403);
});
