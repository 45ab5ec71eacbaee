import { test, expect } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn, expectAccessible } from "./support";

const HEADERS = [
  "id_proyek",
  "nib",
  "nama_perusahaan",
  "tanggal_terbit_oss",
  "uraian_status_penanaman_modal",
  "uraian_skala_usaha",
  "kecamatan_usaha",
  "kelurahan_usaha",
  "kbli",
  "judul_kbli",
  "jumlah_investasi",
  "pembelian_pematangan_tanah",
  "tki",
];

async function ossWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data Proyek");
  sheet.addRow(["Data Proyek OSS RBA"]);
  sheet.addRow(HEADERS);
  sheet.addRow(["R-E2E-0001", "9120009990001", "PT Uji Satu", new Date(Date.UTC(2026, 1, 10)), "PMDN", "Usaha Kecil", "KOTA", "SETONO PANDE", "10710", "Industri Roti", 2_000_000_000, 500_000_000, 12]); // prettier-ignore
  sheet.addRow(["R-E2E-0002", "9120009990001", "PT Uji Satu", "11/02/2026", "PMDN", "Usaha Menengah", "Pesantren", "Burengan", "47111", "Perdagangan", "1.500.000.000", 0, 5]); // prettier-ignore
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("a planner previews an OSS Data Proyek .xlsx, imports it and undoes the import", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/investasi/oss");
  await page.goto("/staf/investasi/oss");
  await expect(page.getByRole("heading", { name: "Impor Data Proyek OSS-RBA", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Berkas Data Proyek (.xlsx atau CSV)").setInputFiles({
    name: "data-proyek.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await ossWorkbook(),
  });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByTestId("oss-missing-headers")).toContainText("kolom bangunan_gedung tidak ada");
  await expect(page.getByTestId("oss-counts")).toContainText("2 baris: 2 baru, 0 diperbarui, 0 tetap");
  await expect(page.getByTestId("oss-rows").locator("tbody tr")).toHaveCount(2);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Impor 2 baris" }).click();
  await expect(page.getByText("Impor tersimpan.")).toBeVisible();
  const history = page.getByTestId("oss-imports");
  await expect(history.locator("tbody tr").first()).toContainText("data-proyek.xlsx");
  await history.getByRole("button", { name: "Batalkan impor" }).first().click();
  await expect(history.locator("tbody tr").first()).toContainText("Dibatalkan");
});

test("an admin publishes a period's open data; anyone reads it on /data as CSV and JSON", async ({ page, request }) => {
  await signIn(page, "ADMIN", "/staf/admin/data-terbuka");
  await page.goto("/staf/admin/data-terbuka");
  await page.getByLabel("Periode (mis. 2026-Q1, 2026-S1, 2026-03, 2026)").fill("2026-Q1");
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByText(/Diterbitkan: 2026-Q1 versi \d+\./)).toBeVisible();
  await expect(page.getByTestId("open-data-publications")).toContainText("2026-Q1");

  await page.context().clearCookies();
  await page.goto("/data");
  await expect(page.getByRole("heading", { name: "Data terbuka", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dataset-ketepatan-waktu")).toBeVisible();
  await expectAccessible(page);
  const csv = await request.get("/api/v1/open-data/ketepatan-waktu.csv");
  expect(csv.status()).toBe(200);
  expect((await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "kode_wilayah,nama_wilayah,tahun,periode,periode_mulai,periode_akhir,satuan,nilai,jumlah_data,kode_jenis_izin,nama_jenis_izin",
  );
  const json = await (await request.get("/api/v1/open-data/ketepatan-waktu.json")).json();
  expect(json.metadata).toMatchObject({ id: "ketepatan-waktu", lisensi: { id: "CC-BY-4.0" }, minimum_n: 30 });
  for (const row of json.data) expect(row.jumlah_data).toBeGreaterThanOrEqual(30);
});
