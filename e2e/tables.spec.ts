import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DB, expectAccessible, signIn } from "./support";

// Issue 16: staff lists are sorted, searched and paged by URL (a link reproduces the view) and say how many rows
// there are ("20 dari 130"); the audit log filters by action and names actions in words.
const id = (n: number) => new Intl.NumberFormat("id-ID").format(n);

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const OPEN = `status IN ('in_process', 'returned')`;

async function registrationNumbers(page: Page): Promise<string[]> {
  return (await page.getByTestId("applications").locator("tbody tr td:first-child a").allTextContents()).map((text) =>
    text.trim(),
  );
}

test("the applications list sorts, searches and pages by URL with its total", async ({ page }) => {
  await signIn(page, "OFFICER");
  const [{ n: open }] = rows<{ n: number }>(`SELECT COUNT(*) AS n FROM "Application" WHERE ${OPEN}`);
  expect(open).toBeGreaterThan(20); // the demo data has more files in progress than one page

  await page.goto("/staf/permohonan");
  await expect(page.getByTestId("applications-count")).toContainText(`20 dari ${id(open)}`);
  await expectAccessible(page);

  // Sort by applicant: the header is a link, the sorted column says so (aria-sort), the rows follow the database.
  const header = page.getByRole("columnheader", { name: /Pemohon/ });
  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=applicant&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /Pemohon/ })).toHaveAttribute("aria-sort", "ascending");
  const byName = rows<{ registrationNo: string }>(
    `SELECT "registrationNo" FROM "Application" WHERE ${OPEN} ORDER BY "applicantName" ASC, "registrationNo" ASC LIMIT 20`,
  );
  expect(await registrationNumbers(page)).toEqual(byName.map((row) => row.registrationNo));
  await page
    .getByRole("columnheader", { name: /Pemohon/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=applicant&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Pemohon/ })).toHaveAttribute("aria-sort", "descending");

  // Page 2 by URL, then "Berikutnya": rows 21–40, then 41–60, in due-date order.
  await page.goto("/staf/permohonan?page=2");
  const pages = Math.ceil(open / 20);
  await expect(page.getByTestId("applications-count")).toContainText(`(baris 21–40)`);
  await expect(page.getByRole("navigation", { name: "Halaman daftar" })).toContainText(`Halaman 2 dari ${id(pages)}`);
  const byDue = rows<{ registrationNo: string }>(
    `SELECT "registrationNo" FROM "Application" WHERE ${OPEN} ORDER BY "dueDate" ASC, "registrationNo" ASC LIMIT 20 OFFSET 20`,
  );
  expect(await registrationNumbers(page)).toEqual(byDue.map((row) => row.registrationNo));
  if (pages > 2) {
    await page.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page).toHaveURL(/page=3/);
    await expect(page.getByRole("link", { name: "Halaman 3" })).toHaveAttribute("aria-current", "page");
  }

  // Search (a plain GET form): part of an applicant's name, in lower case, over every file.
  const [{ applicantName }] = rows<{ applicantName: string }>(
    `SELECT "applicantName" FROM "Application" WHERE "applicantName" IS NOT NULL ORDER BY "registrationNo" LIMIT 1`,
  );
  const term = applicantName.split(" ").filter((word) => word.length >= 4)[0] ?? applicantName;
  const [{ n: matches }] = rows<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "Application" WHERE "registrationNo" LIKE ? || '%' OR "applicantName" LIKE '%' || ? || '%'`,
    term.toUpperCase(),
    term,
  );
  await page.goto("/staf/permohonan");
  await page.getByLabel("Nomor registrasi atau nama pemohon").fill(term.toLowerCase());
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(term.toLowerCase())}`));
  await expect(page.getByTestId("applications-count")).toContainText(`dari ${id(matches)}`);

  // A hand-edited URL never breaks the page.
  const response = await page.goto("/staf/permohonan?page=abc&size=7&sort=password&dir=up");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("applications-count")).toContainText(`20 dari ${id(open)}`);
});

test("the applications list fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "OFFICER");
  await page.goto("/staf/permohonan?page=2");
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await expectAccessible(page);
});

test("the audit log filters by action and names it in words", async ({ page }) => {
  await signIn(page, "ADMIN"); // writes an auth.signin.success entry
  const [{ n: signIns }] = rows<{ n: number }>(
    `SELECT COUNT(*) AS n FROM "AuditLog" WHERE "action" = 'auth.signin.success'`,
  );
  await page.goto("/staf/admin/audit");
  await page.getByLabel("Tindakan").selectOption({ label: "Masuk berhasil" });
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/action=auth\.signin\.success/);
  const count = page.getByTestId("audit-count");
  await expect(count).toContainText(`dari ${id(signIns)}`);
  const table = page.getByTestId("audit");
  const shown = await table.locator("tbody tr").count();
  expect(shown).toBe(Math.min(signIns, 50));
  await expect(table.locator('tbody tr:not([data-action="auth.signin.success"])')).toHaveCount(0);
  await expect(table.locator("tbody tr").first()).toContainText("Masuk berhasil");
  await expect(table.getByText("auth.signin.success", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  // A reversed date range is refused with a message, never an error page.
  await page.goto("/staf/admin/audit?from=2026-12-06&to=2026-12-01");
  await expect(page.getByRole("alert").filter({ hasText: "Tanggal akhir sebelum tanggal awal" })).toBeVisible();
});
