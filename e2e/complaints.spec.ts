import { test, expect, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

async function statusCount(page: Page, status: string): Promise<number> {
  return Number(await page.getByTestId(`status-count-${status}`).textContent());
}

test("a citizen files a web complaint, staff answer and resolve it, the metrics change", async ({ page }) => {
  // Citizen: the public form (accessible), a ticket number, and a status page by ticket.
  await page.goto("/pengaduan");
  await expect(page.getByRole("heading", { name: "Pengaduan", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kategori").selectOption("time");
  await page
    .getByLabel("Isi pengaduan")
    .fill("Izin reklame saya belum selesai. <b>tebal</b> <script>alert(1)</script>");
  await page.getByLabel("Nama (boleh dikosongkan)").fill("Warga Uji");
  await page.getByLabel("Nomor HP (untuk balasan, boleh dikosongkan)").fill("0812-3456-7890");
  await page.waitForTimeout(3_200); // the form refuses submissions faster than a person can type
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  const ticket = (await page.getByTestId("ticket-number").textContent()) ?? "";
  expect(ticket).toMatch(/^PGD-\d{4}-\d{6}$/);
  const checkCode = (await page.getByTestId("check-code").textContent()) ?? "";
  expect(checkCode).toMatch(/^[A-Z2-9]{6}$/);
  await page.getByRole("link", { name: "Lihat status" }).click();
  await expect(page.getByRole("heading", { name: ticket })).toBeVisible();
  await expect(page.getByTestId("complaint-status")).toHaveText("Baru");
  await expect(page.getByText("Belum ada jawaban")).toBeVisible();
  await expect(page.getByText("Izin reklame saya")).toHaveCount(0); // the status page never shows the text
  await expectAccessible(page);

  // Staff: metrics before, then answer and resolve.
  await signIn(page, "OFFICER", "/staf/pengaduan/metrik");
  await page.goto("/staf/pengaduan/metrik");
  const resolvedBefore = await statusCount(page, "resolved");
  const newBefore = await statusCount(page, "new");
  await page.goto("/staf/pengaduan");
  await expect(page.locator("tr[data-flagged=true]").first()).toBeVisible(); // the demo backlog has overdue complaints
  await page.getByRole("link", { name: ticket }).click();
  await expect(page.getByRole("heading", { name: `Pengaduan ${ticket}` })).toBeVisible();
  await expect(page.getByTestId("complaint-text")).toContainText("<b>tebal</b> <script>alert(1)</script>"); // text, not HTML
  await expect(page.getByTestId("sender-phone")).toHaveText("+62812*****890"); // masked for OFFICER
  await page.getByLabel("Catatan internal").fill("Cek ke bidang reklame");
  await page.getByRole("button", { name: "Tambah catatan" }).click();
  await expect(page.getByText("Cek ke bidang reklame").last()).toBeVisible();
  await page
    .getByRole("textbox", { name: "Jawaban publik" })
    .fill("Izin reklame Anda sudah terbit dan dapat diambil di loket 2.");
  await page.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(page.getByTestId("staff-complaint-status")).toHaveText("Dijawab");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByTestId("staff-complaint-status")).toHaveText("Selesai");

  await page.goto("/staf/pengaduan/metrik");
  expect(await statusCount(page, "resolved")).toBe(resolvedBefore + 1);
  expect(await statusCount(page, "new")).toBe(newBefore - 1);

  // Citizen again: the public answer, never the internal note.
  await page.goto(`/pengaduan/status?tiket=${ticket}`); // the number alone is not enough
  await expect(page.getByTestId("complaint-status")).toHaveCount(0);
  await page.goto(`/pengaduan/status?tiket=${ticket}&kode=${checkCode.toLowerCase()}`);
  await expect(page.getByTestId("complaint-status")).toHaveText("Selesai");
  await expect(page.getByTestId("public-answer")).toHaveText(
    "Izin reklame Anda sudah terbit dan dapat diambil di loket 2.",
  );
  await expect(page.getByText("Cek ke bidang reklame")).toHaveCount(0);
});

test("ADMIN sees full phone numbers and the SMS outbox", async ({ page }) => {
  await signIn(page, "ADMIN", "/staf/pengaduan/kotak-keluar");
  await page.goto("/staf/pengaduan?filter=all");
  await expect(page.getByRole("cell", { name: /^\+628\d{9,11}$/ }).first()).toBeVisible(); // SMS senders, unmasked
  await page.goto("/staf/pengaduan/kotak-keluar");
  await expect(page.getByRole("heading", { name: "Kotak keluar SMS" })).toBeVisible();
  await expect(page.getByText(/nomor tiket PGD-/).first()).toBeVisible();
});

test("LEADERSHIP sees the metrics but not the handling list", async ({ page }) => {
  await signIn(page, "LEADERSHIP", "/staf/pengaduan/metrik");
  await page.goto("/staf/pengaduan/metrik");
  await expect(page.getByRole("heading", { name: "Metrik penanganan pengaduan" })).toBeVisible();
  await expect(page.getByTestId("kpi-received")).not.toHaveText("0");
  const response = await page.goto("/staf/pengaduan");
  expect(response?.status()).toBe(403);
});
