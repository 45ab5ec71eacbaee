import { expect, test } from "@playwright/test";
import { signIn } from "./support";
import { formatDateRange } from "../lib/format/format";
import { periodOf, previousPeriod } from "../lib/periods/periods";
import { toWibDate } from "../lib/calendar/working-days";

// Issue 16: what staff type and read — Indonesian numbers in fee fields, the official tariff filled in, destructive
// buttons that ask first, translated labels, the previous quarter named right, and sign-out on the host in use.

test("an officer registers a fee typed 'Rp 1.250.000'; the official tariff is filled in when the licence type is chosen", async ({
  page,
}) => {
  await signIn(page, "OFFICER", "/staf/permohonan");
  await page.goto("/staf/permohonan/baru");
  const fee = page.getByLabel("Biaya/retribusi dipungut (Rp)");
  await expect(fee).toHaveValue("");
  await page.getByLabel("Jenis izin").selectOption("REKLAME");
  await expect(fee).toHaveValue(/^\d{1,3}(\.\d{3})*$/); // the tariff, grouped the Indonesian way
  await page.getByLabel("Nama pemohon").fill("Rina Ayu");
  await page.getByLabel("Kelurahan").selectOption("35.71.02.1010");
  await fee.fill("Rp 1.250.000");
  await page.getByRole("button", { name: "Daftarkan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Permohonan KDR-/ })).toBeVisible();
  await expect(page.getByText("Rp 1.250.000", { exact: true })).toBeVisible();
});

test("an English-style amount is refused with the Indonesian way to write it", async ({ page }) => {
  await signIn(page, "OFFICER", "/staf/permohonan");
  await page.goto("/staf/permohonan/baru");
  await page.getByLabel("Jenis izin").selectOption("REKLAME");
  await page.getByLabel("Nama pemohon").fill("Rina Ayu");
  await page.getByLabel("Kelurahan").selectOption("35.71.02.1010");
  await page.getByLabel("Biaya/retribusi dipungut (Rp)").fill("1,250,000");
  await page.getByRole("button", { name: "Daftarkan" }).click();
  await expect(page.locator("#f-feeCharged-error")).toHaveText(
    "Biaya: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.250.000,50.",
  );
});

test("revoking a kiosk asks first, and only the confirming button revokes it", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.goto("/staf/survei/kiosk");
  await page.getByLabel("Nama perangkat").fill("Tablet konfirmasi");
  await page.getByLabel("Loket").selectOption("L3");
  await page.getByRole("button", { name: "Daftarkan kiosk" }).click();
  await page.reload();
  const row = page.getByRole("row", { name: /Tablet konfirmasi/ }).first();
  const confirm = row.getByRole("button", { name: "Ya, cabut kiosk" });
  await expect(confirm).toBeHidden();
  await row.getByText("Cabut", { exact: true }).click();
  await expect(row.getByText(/tidak dapat mengirim jawaban lagi/)).toBeVisible();
  await confirm.click();
  await expect(page.getByRole("row", { name: /Tablet konfirmasi/ }).first()).toContainText("Dicabut");
});

test("the SKM dashboard names channels, compares with the previous calendar quarter and links to the reports", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto("/staf/skm");
  const channels = await page.getByLabel("Kanal").locator("option").allTextContents();
  expect(channels).toEqual([
    "Semua",
    "Tautan undangan",
    "Kode QR",
    "Kios layar sentuh",
    "Situs publik",
    "Kuesioner kertas",
    "Impor berkas",
  ]);
  // Default period: the last complete quarter; the change is measured against the quarter before it.
  const shown = previousPeriod(periodOf("quarter", toWibDate(new Date())));
  const before = previousPeriod(shown);
  await expect(page.getByTestId("skm-change")).toContainText(`(${formatDateRange(before.from, before.to, "id")})`);
  await expect(page.getByRole("link", { name: "Laporan SKM yang diterbitkan" })).toHaveAttribute("href", "/laporan");
});

test("English pages write numbers the English way and translate the grade", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/skm");
  await page.goto("/bahasa?ke=en");
  await page.goto("/staf/skm");
  await expect(page.getByTestId("skm-ikm")).toHaveText(/^\d{2}\.\d{2}$/);
  const headline = page.getByTestId("skm-headline");
  await expect(headline).toContainText(/Very good|Good|Poor|Very poor/);
  await expect(headline).not.toContainText("Baik");
  await page.goto("/bahasa?ke=id");
});

test("the kiosk draws its faces without an emoji font, and the age step shows no error before an answer", async ({
  page,
}) => {
  await page.goto("/kiosk/L2?kunci=ksk_demo_L2_lentera2026");
  await page.getByRole("button", { name: "Mulai survei" }).click();
  const options = page.locator("#options .opt");
  await expect(options).toHaveCount(4);
  await expect(options.locator("svg")).toHaveCount(4);
  expect(await page.locator("#options").innerText()).not.toMatch(/\p{Extended_Pictographic}/u);
  for (let i = 0; i < 9; i++) await options.nth(2).click();
  await expect(page.getByLabel("Umur (tahun)")).toBeVisible();
  await expect(page.locator("#ageErr")).toBeHidden();
  await page.getByLabel("Umur (tahun)").fill("7");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.locator("#ageErr")).toHaveText("Isi umur dengan angka 15–100.");

  const missing = await page.goto("/kiosk/TIDAK-ADA");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Loket tidak ditemukan");
});

test("signing out opens the sign-in page of the host the user is on", async ({ page, baseURL }) => {
  // The server's public address is 127.0.0.1; this user opened the site as "localhost".
  const other = baseURL!.replace("127.0.0.1", "localhost");
  await page.goto(`${other}/masuk?callbackUrl=%2Fstaf`);
  await page.getByLabel("E-mail").fill("petugas@lentera.demo");
  await page.getByLabel("Kata sandi").fill("petugas-lentera-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(`${other}/masuk`);
});
