import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

test.describe("permit applications", () => {
  test("an officer registers an application, moves it through the stages, hands it over and gets the survey slip link", async ({
    page,
  }) => {
    await signIn(page, "OFFICER", "/staf/permohonan");
    await page.goto("/staf/permohonan/baru");
    await page.getByLabel("Jenis izin").selectOption("REKLAME");
    await page.getByLabel("Nama pemohon").fill("Wulan Lestari");
    await page.getByLabel("Kelurahan").selectOption("35.71.02.1010");
    await page.getByLabel("Loket").selectOption("L1");
    await page.getByLabel("Biaya/retribusi dipungut (Rp)").fill("350000");
    await page.getByRole("button", { name: "Daftarkan" }).click();

    const heading = page.getByRole("heading", { level: 1, name: /^Permohonan KDR-/ });
    await expect(heading).toBeVisible();
    const registrationNo = ((await heading.textContent()) ?? "").replace("Permohonan ", "").trim();
    await expect(page.getByTestId("application-status")).toHaveText("Diproses");
    await expectAccessible(page);

    for (const stage of ["Verifikasi berkas", "Tinjauan lapangan", "Rekomendasi teknis", "Penetapan"]) {
      await page.getByRole("button", { name: `Lanjut ke ${stage}` }).click();
      await expect(page.getByRole("button", { name: `Lanjut ke ${stage}` })).toHaveCount(0);
    }
    await page.getByRole("button", { name: "Serahkan izin (terbit)" }).click();
    await expect(page.getByTestId("application-status")).toHaveText("Terbit");

    const slip = page.getByTestId("survey-slip-link");
    await expect(slip).toBeVisible();
    expect(await slip.getAttribute("href")).toBe(
      `/staf/survei/undangan/baru?layanan=REKLAME&loket=L1&permohonan=${registrationNo}`,
    );

    // The counter's fast path: searching the full number opens the file.
    await page.goto("/staf/permohonan");
    await page.getByLabel("Nomor registrasi").fill(registrationNo);
    await page.getByRole("button", { name: "Cari" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Permohonan ${registrationNo}` })).toBeVisible();
  });

  test("the processing dashboard shows two years of demo data with the bottleneck and the trend", async ({ page }) => {
    await signIn(page, "OFFICER", "/staf/waktu-proses");
    await page.goto("/staf/waktu-proses");
    await expect(page.getByRole("heading", { level: 1, name: "Waktu proses perizinan" })).toBeVisible();
    // "2.922" in Indonesian: dots group thousands.
    const completed = Number((await page.getByTestId("kpi-completed").textContent())!.replace(/\./g, ""));
    expect(completed).toBeGreaterThan(2_000);
    await expect(page.getByTestId("kpi-on-time")).toHaveText(/%$/);
    await expect(page.getByTestId("bottleneck")).toHaveText("Tahap terlama: Rekomendasi teknis");
    expect(await page.getByTestId("throughput-table").locator("tbody tr").count()).toBeGreaterThanOrEqual(12);
    await expect(page.getByRole("heading", { name: "Berkas melewati batas waktu" })).toBeVisible();
    await expectAccessible(page);
  });
});
