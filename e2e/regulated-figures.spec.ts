import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

test.describe("regulated figures (issue 13)", () => {
  test("the public standard shows the six service-delivery components and none of the internal ones", async ({
    page,
  }) => {
    await page.goto("/layanan/PBG");
    for (const heading of [
      "Persyaratan",
      "Sistem, mekanisme dan prosedur",
      "Produk pelayanan",
      "Penanganan pengaduan, saran dan masukan",
    ]) {
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    }
    await expect(page.getByText("Waktu penyelesaian")).toBeVisible();
    await expect(page.getByText("Tarif resmi")).toBeVisible();
    await expect(page.getByText("Dasar hukum")).toHaveCount(0);
    await expect(page.getByText("UU 25/2009 tentang Pelayanan Publik")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an admin edits the management components in their own group, and the dashboard scores both groups", async ({
    page,
  }) => {
    await signIn(page, "ADMIN", "/staf/admin/layanan/SLF");
    await page.goto("/staf/admin/layanan/SLF");
    const management = page.getByRole("group", { name: /Komponen pengelolaan/ });
    await expect(management).toBeVisible();
    await management.getByLabel("Jumlah pelaksana").fill("3 orang petugas teknis");
    await management.getByLabel("Pengawasan internal").fill("Kepala bidang; Inspektorat Kota");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByRole("status")).toContainText("Perubahan disimpan");
    await page.goto("/staf/admin/layanan/SLF");
    await expect(page.getByLabel("Jumlah pelaksana")).toHaveValue("3 orang petugas teknis");
    await page.goto("/layanan/SLF");
    await expect(page.getByText("3 orang petugas teknis")).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(page.getByTestId("standards-delivery")).toContainText("Komponen penyampaian (publik)");
    await expect(page.getByTestId("standards-management")).toContainText("Komponen pengelolaan (internal)");
  });

  test("the LKPM page lists each period's deadline (15th from TW3 2025, 10th before) and the admin's override form", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await signIn(page, "ADMIN", "/staf/investasi/realisasi");
    await page.goto("/staf/investasi/realisasi");
    const table = page.getByTestId("lkpm-deadlines");
    await expect(table).toBeVisible();
    await expect(table.locator('[data-period="2025-TW2"]')).toHaveAttribute("data-deadline", "2025-07-10");
    await expect(table.locator('[data-period="2025-TW4"]')).toHaveAttribute("data-deadline", "2026-01-15");
    await expect(page.getByRole("heading", { name: "Tetapkan batas lapor lain untuk satu periode" })).toBeVisible();
    await page.getByLabel("Periode", { exact: true }).selectOption("2026-TW3");
    await page.getByLabel("Batas lapor (tanggal terakhir)").fill("2026-10-19");
    await page.getByLabel("Alasan (mis. nomor pengumuman kementerian)").fill("Pengumuman uji e2e");
    await page.getByRole("button", { name: "Simpan batas lapor" }).click();
    await expect(page.getByRole("status").first()).toContainText("Batas lapor disimpan");
    await page.reload();
    await expect(page.getByTestId("lkpm-deadlines").locator('[data-period="2026-TW3"]')).toHaveAttribute(
      "data-deadline",
      "2026-10-19",
    );
    await expect(page.getByTestId("lkpm-deadlines")).toContainText("Pengumuman uji e2e");
    // back to the rule
    await page.getByRole("button", { name: "Kembalikan ke aturan" }).click();
    // with no override left, the removal form is no longer offered
    await expect(page.getByRole("button", { name: "Kembalikan ke aturan" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("lkpm-deadlines").locator('[data-period="2026-TW3"]')).toHaveAttribute(
      "data-deadline",
      "2026-10-15",
    );
  });

  test("the SKM dashboard shows the effective weight over the answered elements", async ({ page }) => {
    await signIn(page, "LEADERSHIP", "/staf/skm");
    await page.goto("/staf/skm?kind=year&period=2014&questionnaire=IKM-2004");
    await expect(page.getByTestId("skm-weight")).toContainText("0,0710 per unsur × 14 unsur terisi = 0,994");
  });
});
