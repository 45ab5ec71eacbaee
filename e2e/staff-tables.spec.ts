import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// The admin and officer screens built on the shared DataTable: each shows its rows with column headers, and
// passes the accessibility check (the scrollable table region must be reachable by keyboard).
test.describe("Staff tables", () => {
  test("admin screens list their rows accessibly", async ({ page }) => {
    await signIn(page, "ADMIN");
    for (const [path, heading] of [
      ["/staf/admin/audit", /Log audit|Audit log/],
      ["/staf/admin/token", /Token API|API tokens/],
      ["/staf/admin/hari-libur", /Hari libur|Holidays/],
      ["/staf/admin/pengguna", /Pengguna|Users/],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      const table = page.locator(".table-wrap table").first();
      if (path === "/staf/admin/token") {
        // Whether other tests made tokens or not, the one made here must appear in the table.
        await page.getByLabel("Nama token").fill("Tabel e2e");
        await page.getByRole("button", { name: "Buat token" }).click();
        await expect(page.getByTestId("new-token")).toBeVisible();
        await page.reload();
        await expect(table.getByRole("cell", { name: "Tabel e2e", exact: true })).toBeVisible();
      } else {
        await expect(table.locator("thead th").first()).toBeVisible();
        expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      }
      await expectAccessible(page);
    }
  });

  test("an officer opens an application from the list and reads its timeline", async ({ page }) => {
    await signIn(page, "OFFICER");
    await page.goto("/staf/permohonan");
    const first = page.locator(".table-wrap tbody tr a").first();
    const number = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(
      new RegExp(`/staf/permohonan/${encodeURIComponent(number).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
    );
    await expect(page.locator(".table-wrap tbody tr").first()).toBeVisible();
    await expectAccessible(page);
  });
});
