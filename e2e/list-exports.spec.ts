import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, queryE2eDb, signIn } from "./support";

// Issue 16: the staff lists without a download get one that follows the list's filters and order, and the short
// reference lists are paged, sorted and searched like the others — also on a 360 px phone.

const HEADER_ROW = 4;

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("the admin downloads the audit log as filtered and ordered on the page, with typed date-times", async ({
  page,
}) => {
  await signIn(page, "ADMIN", "/staf/admin/audit");
  await page.goto("/staf/admin/audit?action=auth.signin.success&sort=at&dir=asc&page=2&size=10");
  const link = page.getByRole("link", { name: "Log audit sebagai Excel (.xlsx)" });
  // The link carries the filter and the order, never the page.
  const href = await link.getAttribute("href");
  expect(href).toContain("action=auth.signin.success");
  expect(href).toContain("sort=at");
  expect(href).toContain("dir=asc");
  expect(href).not.toContain("page=");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^log-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0];
  expect(sheet.getCell("A2").value).toBe("Tindakan: Masuk berhasil — Urutan seperti di halaman");
  expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1, 4)).toEqual(["Waktu", "Pelaku", "Tindakan"]);

  const signIns = `FROM "AuditLog" WHERE action = 'auth.signin.success'`;
  const { n } = queryE2eDb<{ n: number }>(`SELECT COUNT(*) AS n ${signIns}`);
  const oldest = queryE2eDb<{ at: number | string; actor: string }>(
    `SELECT at, actor ${signIns} ORDER BY at ASC, id ASC LIMIT 1`,
  );
  expect(n).toBeGreaterThan(0);
  expect(sheet.rowCount - HEADER_ROW).toBe(n);
  const first = sheet.getCell(HEADER_ROW + 1, 1);
  // A real Excel date-time: the first sign-in's instant shown in WIB (UTC+7).
  expect(first.value).toBeInstanceOf(Date);
  expect((first.value as Date).getTime()).toBe(new Date(oldest.at).getTime() + 7 * 3_600_000);
  expect(first.numFmt).toBe("d mmmm yyyy hh:mm");
  expect(sheet.getCell(HEADER_ROW + 1, 2).value).toBe(oldest.actor);
  expect(sheet.getCell(HEADER_ROW + 1, 3).value).toBe("Masuk berhasil");
});

test("an officer downloads the complaint list of the chosen tab in its order, with typed days", async ({ page }) => {
  await signIn(page, "OFFICER", "/staf/pengaduan");
  await page.goto("/staf/pengaduan?filter=all&sort=ticket&dir=asc&page=2&size=10");
  const link = page.getByRole("link", { name: "Daftar pengaduan sebagai Excel (.xlsx)" });
  const href = (await link.getAttribute("href"))!;
  expect(href).toContain("filter=all");
  expect(href).not.toContain("page=");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^pengaduan-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const sheet = book.getWorksheet("Pengaduan")!;
  expect(sheet.getCell("A2").value).toBe("Tampilan: Semua");
  expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(1, 3)).toEqual(["Tiket", "Tanggal diterima"]);

  const { n } = queryE2eDb<{ n: number }>(`SELECT COUNT(*) AS n FROM "Complaint"`);
  const first = queryE2eDb<{ ticketNo: string; receivedAt: number | string }>(
    `SELECT "ticketNo", "receivedAt" FROM "Complaint" ORDER BY "ticketNo" ASC LIMIT 1`,
  );
  expect(n).toBeGreaterThan(0);
  expect(sheet.rowCount - HEADER_ROW).toBe(n);
  expect(sheet.getCell(HEADER_ROW + 1, 1).value).toBe(first.ticketNo);
  // A real Excel date: the WIB day (UTC+7) the first ticket was received.
  const wib = new Date(new Date(first.receivedAt).getTime() + 7 * 3_600_000);
  const received = sheet.getCell(HEADER_ROW + 1, 2);
  expect(received.value).toEqual(new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate())));
});

test("a planner may download the LKPM missing list; the users download answers 403", async ({ page }) => {
  await signIn(page, "PLANNER", "/staf/investasi/realisasi/belum-lapor");
  await page.goto("/staf/investasi/realisasi/belum-lapor");
  const link = page.getByRole("link", { name: "Daftar proyek belum lapor sebagai Excel (.xlsx)" });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await page.request.get("/api/v1/users/export.xlsx")).status()).toBe(403);
});

test("the holiday list pages, sorts and searches by URL on a 360 px phone and keeps its delete buttons", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "ADMIN", "/staf/admin/hari-libur");
  const { n: total } = queryE2eDb<{ n: number }>(`SELECT COUNT(*) AS n FROM "Holiday"`);
  const { n: in2027 } = queryE2eDb<{ n: number }>(`SELECT COUNT(*) AS n FROM "Holiday" WHERE date LIKE '2027%'`);
  expect(in2027).toBeGreaterThan(10);

  await page.goto("/staf/admin/hari-libur?size=10");
  await expect(page.getByTestId("holidays-count")).toContainText(`10 dari ${total}`);
  await noSidewaysScroll(page);

  // On a phone the table is a list of cards: search 2027 sorted by name with the form's fields, then page 2.
  const search = page.getByRole("search");
  await search.getByLabel("Cari nama atau tanggal (2027, 2027-03)").fill("2027");
  await search.getByLabel("Urutkan menurut").selectOption("name");
  await search.getByLabel("Arah").selectOption("asc");
  await search.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/q=2027/);
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page.getByTestId("holidays-count")).toContainText(`10 dari ${in2027}`);
  await page.getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/page=2/);

  // Page 2 of the 2027 days by name (ties by day): rows 11–20.
  const { names } = queryE2eDb<{ names: string }>(
    `SELECT group_concat(name, '|') AS names FROM
       (SELECT name FROM "Holiday" WHERE date LIKE '2027%' ORDER BY name ASC, date ASC LIMIT 10 OFFSET 10)`,
  );
  const shown = await page.getByTestId("holidays").locator("tbody tr td:nth-child(3)").allTextContents();
  expect(shown.map((text) => text.trim())).toEqual(names.split("|"));
  // Every row keeps its delete control, which still asks for confirmation.
  const deletes = page.getByTestId("holidays").locator("details.confirm-submit summary");
  await expect(deletes).toHaveCount(10);
  await deletes.first().click();
  await expect(page.getByTestId("holidays").getByRole("button", { name: "Ya, hapus" }).first()).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
});
