import { test, expect, type Download, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { signIn, expectAccessible, queryE2eDb, decodePng } from "./support";

// Issue 16, "Exports people use" and "Charts as images": typed Excel workbooks, signed PDF reports, chart PNGs.

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ download: Download; file: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await download.path();
  expect(file).toBeTruthy();
  return { download, file: file! };
}

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const officeName = () =>
  queryE2eDb<{ value: string } | undefined>(`SELECT value FROM "Setting" WHERE key = 'office.name'`)?.value ??
  "DPMPTSP Kota Kediri";

test("leadership downloads the scorecard as a typed workbook and as a signed PDF with the office and the period", async ({
  page,
}) => {
  await signIn(page, "LEADERSHIP", "/dashboard");
  await page.goto("/dashboard?periode=2026-Q2");
  const links = page.getByTestId("scorecard-downloads");
  await expect(links.getByRole("link", { name: "Dasbor pimpinan sebagai Excel (.xlsx)" })).toBeVisible();
  await expectAccessible(page);

  const { download, file } = await downloadFrom(page, () => links.getByRole("link", { name: /Excel/ }).click());
  expect(download.suggestedFilename()).toBe("kartu-kinerja-2026-Q2.xlsx");
  const book = await workbookOf(file);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Kartu kinerja", "Tren"]);
  const sheet = book.getWorksheet("Kartu kinerja")!;
  expect(sheet.getCell("A1").value).toBe("Kartu Kinerja Pimpinan");
  expect(sheet.getCell("A2").value).toBe("Periode: Triwulan II 2026");
  expect(sheet.getRow(4).values).toEqual(
    expect.arrayContaining(["Indikator kinerja", "Satuan", "Nilai", "Target", "Status", "Perubahan"]),
  );
  // Row 5 is the IKM: a number with two decimals and its target 88,31, not text.
  expect(sheet.getCell("A5").value).toBe("Indeks Kepuasan Masyarakat (IKM)");
  expect(typeof sheet.getCell("C5").value).toBe("number");
  expect(sheet.getCell("C5").numFmt).toBe("#,##0.00");
  expect(sheet.getCell("D5").value).toBe(88.31);
  // The on-time rate is a fraction shown as a percentage (target 95 % → 0.95).
  expect(sheet.getCell("A6").value).toBe("Izin selesai tepat waktu");
  expect(sheet.getCell("D6").value).toBe(0.95);
  expect(sheet.getCell("D6").numFmt).toBe("0.0%");

  const pdf = await downloadFrom(page, () => links.getByRole("link", { name: /PDF/ }).click());
  expect(pdf.download.suggestedFilename()).toBe("kartu-kinerja-2026-Q2.pdf");
  const bytes = readFileSync(pdf.file);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // The first page rendered to a PNG (pdftoppm) is not blank: the browser decodes it and counts dark pixels.
  const dir = mkdtempSync(path.join(tmpdir(), "lentera-pdf-"));
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf.file, path.join(dir, "page")]);
  const png = readFileSync(path.join(dir, "page.png"));
  const dark = await darkPixelShare(page, png);
  expect(dark).toBeGreaterThan(0.01);
  expect(dark).toBeLessThan(0.5);

  const text = execFileSync("pdftotext", ["-layout", pdf.file, "-"]).toString();
  expect(text.toUpperCase()).toContain(officeName().toUpperCase());
  expect(text).toContain("Periode: Triwulan II 2026 (1 April – 30 Juni 2026)");
  expect(text).toContain("Indeks Kepuasan Masyarakat (IKM)");
  expect(text).toMatch(/Halaman 1 dari \d+/);
});

/** Share of pixels darker than mid-grey in a PNG, decoded by the browser. */
async function darkPixelShare(page: Page, png: Buffer): Promise<number> {
  const { width, height, rgba } = await decodePng(page, png);
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 384) dark++;
  return dark / (width * height);
}

test("an officer downloads the application list with real dates", async ({ page }) => {
  await signIn(page, "OFFICER", "/staf/permohonan");
  await page.goto("/staf/permohonan");
  const { file } = await downloadFrom(page, () =>
    page.getByRole("link", { name: "Permohonan izin sebagai Excel (.xlsx)" }).click(),
  );
  const sheet = (await workbookOf(file)).getWorksheet("Permohonan")!;
  expect(sheet.getRow(4).values).toEqual(expect.arrayContaining(["Tanggal masuk"]));
  const header = (sheet.getRow(4).values as unknown[]).slice(1);
  const submitted = header.indexOf("Tanggal masuk") + 1;
  expect(submitted).toBeGreaterThan(0);
  expect(sheet.rowCount).toBeGreaterThan(5);
  expect(sheet.getCell(5, submitted).value).toBeInstanceOf(Date);
  expect(String(sheet.getCell(5, 1).value)).toMatch(/^[A-Z]+-\d{8}-\d+$/);
});

test("a planner downloads the IKM trend chart as a PNG with the period in its name", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/skm");
  await page.goto("/staf/skm?kind=quarter&period=2026-Q2");
  const card = page.getByTestId("chart-trend");
  await expect(card.locator("svg path.recharts-curve").first()).toBeVisible();
  const { download, file } = await downloadFrom(page, () =>
    card.getByRole("button", { name: /sebagai gambar PNG/ }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^tren-.*triwulan-ii-2026.*\.png$/);
  const png = readFileSync(file);
  expect(png.length).toBeGreaterThan(2_000);
  expect(png.subarray(1, 4).toString()).toBe("PNG");

  // The SKM dashboard's workbook: three sheets, NRR as numbers.
  const xlsx = await downloadFrom(page, () =>
    page.getByTestId("skm-downloads").getByRole("link", { name: /Excel/ }).click(),
  );
  const book = await workbookOf(xlsx.file);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Per unsur", "Per jenis izin", "Tren IKM"]);
  const elements = book.getWorksheet("Per unsur")!;
  expect(elements.getCell("D4").value).toBe("NRR");
  expect(typeof elements.getCell("D5").value).toBe("number");
});

test("every report and workbook of the pages answers with its file for leadership", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/dashboard/mingguan");
  for (const pagePath of [
    "/dashboard/mingguan",
    "/staf/skm?kind=quarter&period=2026-Q2",
    "/staf/waktu-proses?from=2026-04-01&to=2026-06-30",
  ]) {
    await page.goto(pagePath);
    const links = page.getByRole("navigation", { name: /^Unduhan: / }).getByRole("link");
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.body();
      if (href.includes(".pdf")) expect(body.subarray(0, 5).toString(), href).toBe("%PDF-");
      if (href.includes(".xlsx")) expect(body.subarray(0, 2).toString(), href).toBe("PK");
    }
  }
});

test("a planner downloads the investment dashboard as a workbook: rupiah typed, totals as on the page", async ({
  page,
}) => {
  await signIn(page, "PLANNER", "/staf/investasi");
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  await page.goto(`/staf/investasi?from=${from}&to=${today}&interval=quarter`);
  const projects = Number(await page.getByTestId("total-projects").getAttribute("data-count"));
  expect(projects).toBeGreaterThan(0);
  const links = page.getByTestId("investment-downloads");
  await expect(links.getByRole("link", { name: "Dasbor investasi sebagai CSV" })).toBeVisible();
  await expectAccessible(page);

  const { download, file } = await downloadFrom(page, () =>
    links.getByRole("link", { name: "Dasbor investasi sebagai Excel (.xlsx)" }).click(),
  );
  expect(download.suggestedFilename()).toBe(`investasi-${from}-${today}.xlsx`);
  const book = await workbookOf(file);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Tren", "Sektor", "Kecamatan", "Status PMA-PMDN", "Skala usaha"]);
  const sector = book.getWorksheet("Sektor")!;
  expect((sector.getRow(4).values as unknown[]).slice(1)).toEqual([
    "Sektor",
    "Jumlah proyek",
    "Nilai investasi",
    "Tenaga kerja direncanakan",
    "Porsi",
  ]);
  expect(typeof sector.getCell("C5").value).toBe("number");
  expect(sector.getCell("C5").numFmt).toBe('"Rp "#,##0');
  // Every project sits in exactly one sector row and one trend row: both sums are the page's project count.
  const sum = (name: string, column: number) => {
    const sheet = book.getWorksheet(name)!;
    let total = 0;
    for (let row = 5; row <= sheet.rowCount; row++) total += Number(sheet.getCell(row, column).value ?? 0);
    return total;
  };
  expect(sum("Sektor", 2)).toBe(projects);
  expect(sum("Tren", 2)).toBe(projects);
});

test("anyone downloads a published SKM report as a PDF from its public page; a draft period is 404", async ({
  page,
}) => {
  await page.goto("/laporan");
  const first = page.locator('a[href^="/laporan/skm/"]').first();
  const href = (await first.getAttribute("href"))!.split("?")[0]!;
  await page.goto(href);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent())!;
  const periodLabel = heading.split(" — ")[1]!.trim();
  await expectAccessible(page);
  const { download, file } = await downloadFrom(page, () => page.getByTestId("report-pdf").click());
  const periodKey = href.split("/").pop()!;
  expect(download.suggestedFilename()).toBe(`laporan-skm-${periodKey}.pdf`);
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  expect(text.toUpperCase()).toContain(officeName().toUpperCase());
  expect(text).toContain(`Periode: ${periodLabel} (`);
  expect(text).toContain(await page.getByTestId("report-ikm").textContent());

  const now = new Date(Date.now() + 7 * 3600_000);
  const draft = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const draftKey = `${draft.getUTCFullYear()}-${String(draft.getUTCMonth() + 1).padStart(2, "0")}`;
  const missing = await page.request.get(`/api/v1/skm/published/${draftKey}/report.pdf`);
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toBe(
    `Laporan SKM periode ${draftKey} belum diterbitkan atau tidak ada.`,
  );
});
