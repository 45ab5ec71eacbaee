import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

test("an administrator sees this year's evidence with its gaps, records a compensation and downloads the PDF", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/staf/admin/bukti");
  await page.goto("/staf/admin/bukti");
  await expect(page.getByRole("heading", { name: "Paket bukti evaluasi pelayanan publik" })).toBeVisible();
  for (const id of ["standards", "maklumat", "skm", "followUp", "complaints", "compensation"])
    await expect(page.getByTestId(`evidence-${id}`).getByText(/^(Lengkap|Belum lengkap)$/)).toBeVisible();
  await expectAccessible(page);

  // The register: a shortfall recorded at the desk appears in this year's list.
  await page.goto("/staf/kompensasi");
  const shortfall = `SLF selesai 2 hari kerja terlambat ${Date.now()}`;
  await page.getByLabel("Apa yang tidak sesuai standar").fill(shortfall);
  await page.getByLabel("Kompensasi yang ditawarkan").fill("Permintaan maaf tertulis");
  await page.getByRole("button", { name: "Simpan" }).first().click();
  await expect(page.getByTestId("compensation-table")).toContainText(shortfall);
  await expectAccessible(page);

  await page.goto("/staf/admin/bukti");
  const href = await page.getByTestId("evidence-pdf").getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const body = await response.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  expect(body.length).toBeGreaterThan(5_000);
});
