import { test, expect } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn, expectAccessible } from "./support";

// Issue 20 §2–3 on the demo office: the demo seeds eight weeks of check-clock punches (imported through the real log
// import) with Rudi Staf Umum absent without record on last week's last working day, and four outreach campaigns.

test("leadership sees last week's absences without record in the weekly review, and the staff summary", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/dashboard/mingguan");
  await page.goto("/dashboard/mingguan");
  const section = page.getByRole("region", { name: "Absen tanpa keterangan" });
  await expect(section).toBeVisible();
  await expect(section.getByTestId("absences-without-record")).toContainText("Rudi Staf Umum");
  await expectAccessible(page);

  await page.goto("/staf/kehadiran/rekap");
  await expect(page.getByRole("heading", { name: "Rekap kehadiran pegawai" })).toBeVisible();
  await expect(page.getByTestId("attendance-units")).toContainText("Bidang Pelayanan Perizinan");
  await expectAccessible(page);
  await page
    .getByTestId("attendance-people")
    .getByRole("link", { name: /Rudi Staf Umum/ })
    .click();
  await expect(page.getByRole("heading", { name: "Kehadiran Rudi Staf Umum" })).toBeVisible();

  await page.goto("/staf/kehadiran/loket");
  const l1 = page.locator('[data-testid="counter-coverage"] tr[data-counter="L1"]');
  await expect(l1).toContainText("%");
  await expectAccessible(page);
});

test("an officer sees their own record but not the others'", async ({ page }) => {
  await signIn(page, "OFFICER", "/staf/kehadiran");
  await page.goto("/staf/kehadiran");
  await expect(page.getByRole("heading", { name: "Kehadiran saya" })).toBeVisible();
  await expect(page.getByTestId("attendance-punctuality")).toHaveText(/%/);
  await expect(page.getByTestId("attendance-days")).toBeVisible();
  await expectAccessible(page);
  const response = await page.goto("/staf/kehadiran/rekap");
  expect(response?.status()).toBe(403);
});

test("an admin imports a check-clock log twice: the second time adds nothing; unknown PINs are listed", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/staf/admin/kehadiran");
  await page.goto("/staf/admin/kehadiran");
  const log =
    "4\t2025-01-06 07:21:00\t1\t0\t0\t0\n4\t2025-01-06 16:03:00\t1\t1\t0\t0\n777\t2025-01-06 07:40:00\t1\t0\t0\t0\n";
  for (const expected of [
    /3 rekaman dibaca: 2 baru disimpan, 0 sudah ada/,
    /3 rekaman dibaca: 0 baru disimpan, 2 sudah ada/,
  ]) {
    await page.getByLabel("Format").selectOption("tab");
    await page
      .getByLabel("Berkas log")
      .setInputFiles({ name: "1_attlog.dat", mimeType: "text/plain", buffer: Buffer.from(log) });
    await page.getByRole("button", { name: "Impor" }).click();
    await expect(page.getByTestId("attendance-import-result")).toHaveText(expected);
    await expect(page.getByTestId("attendance-unknown-pins")).toContainText("PIN 777: 1");
  }
  await expect(page.getByTestId("attendance-imports")).toContainText("1_attlog.dat");
  // The vendor software's Excel export of the same punches (title row, Excel date-times as WIB): read whatever
  // format is chosen, nothing new, recorded as xlsx.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Log");
  sheet.addRow(["Laporan Absensi 6 Januari 2025"]);
  sheet.addRow(["AC-No.", "Waktu", "Verify", "State"]);
  sheet.addRow([4, new Date("2025-01-06T07:21:00Z"), 1, 0]);
  sheet.addRow([4, new Date("2025-01-06T16:03:00Z"), 1, 1]);
  sheet.addRow([777, "2025-01-06 07:40:00", 1, 0]);
  await page.getByLabel("Format").selectOption("tab");
  await page.getByLabel("Berkas log").setInputFiles({
    name: "absensi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByTestId("attendance-import-result")).toHaveText(
    /3 rekaman dibaca: 0 baru disimpan, 2 sudah ada/,
  );
  await expect(page.getByTestId("attendance-imports")).toContainText("absensi.xlsx (xlsx)");
  await expectAccessible(page);
});

test("planners see the measured campaigns and can download them; an admin records one", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/sosialisasi");
  await page.goto("/staf/sosialisasi");
  await expect(page.getByRole("heading", { name: "Sosialisasi terukur" })).toBeVisible();
  const card = page.getByRole("article", { name: "Baliho tarif resmi PBG di Mojoroto" });
  await expect(card.getByTestId("campaign-applications")).toContainText("hari kerja");
  await expect(card.getByText(/p = /).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan kampanye" })).toHaveCount(0);
  await expectAccessible(page);
  const csvLink = page.getByTestId("outreach-downloads").getByRole("link", { name: "Laporan sosialisasi sebagai CSV" });
  expect(await csvLink.getAttribute("href")).toBe("/api/v1/outreach/export.csv?weeks=4");
  const csv = await page.request.get("/api/v1/outreach/export.csv?weeks=4");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")[0]).toContain("costPerAdditionalApplication");

  await page.context().clearCookies();
  await signIn(page, "ADMIN", "/staf/sosialisasi");
  await page.goto("/staf/sosialisasi");
  await page.getByLabel("Nama kampanye").fill("Siaran TV lokal izin reklame");
  await page.getByLabel("Saluran").selectOption("local_tv");
  await page.getByLabel("Mulai").fill("2026-01-05");
  await page.getByLabel("Selesai").fill("2026-01-09");
  await page.getByLabel("Topik", { exact: true }).selectOption("license_type");
  await page.getByLabel(/^Jenis izin/).selectOption("REKLAME");
  await page.getByLabel("Biaya (rupiah)").fill("7500000");
  await page.getByRole("button", { name: "Simpan kampanye" }).click();
  await expect(page.getByText("Kampanye tersimpan.")).toBeVisible();
  const added = page.getByRole("article", { name: "Siaran TV lokal izin reklame" });
  await expect(added).toContainText("TV lokal");
  await added.getByRole("link", { name: "Ubah Siaran TV lokal izin reklame" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kampanye" })).toBeVisible();
  await expect(page.getByLabel(/^Jenis izin/)).toHaveValue("REKLAME");
  await page.getByLabel("Biaya (rupiah)").fill("8000000");
  await page.getByRole("button", { name: "Simpan kampanye" }).click();
  await expect(page.getByText("Kampanye tersimpan.")).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke daftar" }).click();
  await expect(added).toContainText("8.000.000");
  await added.getByRole("button", { name: "Hapus Siaran TV lokal izin reklame" }).click();
  await expect(page.getByRole("article", { name: "Siaran TV lokal izin reklame" })).toHaveCount(0);
});
