// Issue 13: an admin loads the official KBLI table; a table cut short is refused line by line and nothing changes;
// a whole table makes the check strict and lists stored records outside it; removing it restores the shipped list.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, signIn } from "./support";

const DIVISIONS = [
  ...[1, 2, 3, 5, 6, 7, 8, 9],
  ...Array.from({ length: 24 }, (_, i) => 10 + i),
  35,
  36,
  37,
  38,
  39,
  41,
  42,
  43,
  45,
  46,
  47,
  49,
  50,
  51,
  52,
  53,
  55,
  56,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
  66,
  68,
  69,
  70,
  71,
  72,
  73,
  74,
  75,
  77,
  78,
  79,
  80,
  81,
  82,
  84,
  85,
  86,
  87,
  88,
  90,
  91,
  92,
  93,
  94,
  95,
  96,
  97,
  98,
  99,
];

/** An .xlsx like the BPS table: the code column formatted as text, higher levels included. */
async function tableXlsx(rows: [string, string][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("KBLI 2020");
  sheet.getColumn(1).numFmt = "@";
  sheet.addRow(["Kode KBLI", "Judul KBLI"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("ADMIN loads the official KBLI 2020 table, sees it strict, and removes it", async ({ page }) => {
  expect(DIVISIONS).toHaveLength(88);
  await signIn(page, "ADMIN", "/staf/admin/kbli");
  await page.goto("/staf/admin/kbli");
  await expect(page.getByRole("heading", { name: "Tabel KBLI", level: 1 })).toBeVisible();
  await expect(page.getByTestId("kbli-state-2020")).toHaveText(
    "Daftar bawaan, belum lengkap (kode lain tetap diterima)",
  );

  const form = page.getByRole("form", { name: "Muat tabel KBLI resmi" });
  await form.getByLabel(/^Sumber tabel/).fill("Peraturan BPS No. 2 Tahun 2020");
  await form.getByLabel("Berkas CSV / Excel").setInputFiles({
    name: "kbli-terpotong.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await tableXlsx([
      ["47111", "Perdagangan Eceran di Minimarket"],
      ["4711x", "Rusak"],
    ]),
  });
  await form.getByRole("button", { name: "Muat tabel" }).click();
  const error = form.getByRole("alert");
  await expect(error).toContainText("Tabel KBLI 2020 tidak valid; tidak ada yang diubah.");
  await expect(error).toContainText('baris 3 / kode: Kode "4711x" bukan kode KBLI');
  await expect(page.getByTestId("kbli-state-2020")).toHaveText(/^Daftar bawaan/);

  const whole: [string, string][] = [["C", "Industri Pengolahan"]];
  for (const division of DIVISIONS) whole.push([`${String(division).padStart(2, "0")}100`, `Kelompok ${division}`]);
  await form.getByLabel("Berkas CSV / Excel").setInputFiles({
    name: "kbli-2020.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await tableXlsx(whole),
  });
  await form.getByRole("button", { name: "Muat tabel" }).click();
  await expect(page.getByTestId("kbli-imported")).toHaveText(
    "Tabel KBLI 2020 dimuat: 88 kode kelompok (1 baris tingkat lebih tinggi dilewati).",
  );
  await expect(page.getByTestId("kbli-state-2020")).toHaveText("Tabel resmi (pemeriksaan ketat)");
  const status = page.getByTestId("kbli-status");
  await expect(status).toContainText("Peraturan BPS No. 2 Tahun 2020");
  // The demo data carries real codes, none of which is in this 88-code test table.
  await expect(status.getByRole("row").nth(1)).toContainText(/\d+ data: \d{5}/);
  await expectAccessible(page);

  await page.locator("summary", { hasText: "Hapus tabel 2020" }).click();
  await page.getByRole("button", { name: "Ya, hapus tabel" }).click();
  await expect(page.getByTestId("kbli-state-2020")).toHaveText(/^Daftar bawaan/);
});
