import { test, expect } from "@playwright/test";
import { signIn } from "./support";

// Issue 13 in the browser: an office file number with slashes imported, read through the API at its encoded path
// and opened as a page (links encode it), with the notice that 2012 was counted without holidays; the holiday
// coverage on the admin page; a complaint verified into a handling category and extended with a reason.

const NUMBER = "503/0777/419.47/2012";
const CSV = [
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,penetapanAt",
  `${NUMBER},REKLAME,Budi Lama,individual,Kota,Setono Pande,2012-05-07T08:00,2012-05-10T14:00,issued,350000,L1,2012-05-07T09:00,2012-05-10T10:00`,
].join("\n");

test("a slash registration number: import → API → page, with the missing-holidays notice", async ({ page }) => {
  await signIn(page, "ADMIN");
  const imported = await page.request.post("/api/v1/applications/import", {
    data: CSV,
    headers: { "content-type": "text/csv" },
  });
  expect(imported.status()).toBe(200);
  const { result } = (await imported.json()) as {
    result: { imported: number; calendarWarnings: { code: string; year: number }[] };
  };
  expect(result.imported).toBe(1);
  expect(result.calendarWarnings).toEqual([
    {
      code: "HOLIDAYS_MISSING",
      year: 2012,
      message: "hari libur 2012 belum diisi — tenggat dihitung tanpa hari libur",
    },
  ]);

  const api = await page.request.get(`/api/v1/applications/${encodeURIComponent(NUMBER)}`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({
    registrationNo: NUMBER,
    dueDate: "2012-05-14",
    processingDays: 3,
    calendarWarnings: [{ code: "HOLIDAYS_MISSING", year: 2012 }],
  });

  // The counter's search finds it; the link in the list carries the encoded number.
  await page.goto(`/staf/permohonan?q=${encodeURIComponent("503/0777")}`);
  const link = page.getByRole("link", { name: NUMBER });
  await expect(link).toHaveAttribute("href", `/staf/permohonan/${encodeURIComponent(NUMBER)}`);
  await link.click();
  await expect(page).toHaveURL(/\/staf\/permohonan\/503%2F0777%2F419\.47%2F2012$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(NUMBER);
  await expect(page.getByTestId("calendar-notice")).toContainText(
    "hari libur 2012 belum diisi — tenggat dihitung tanpa hari libur",
  );
});

test("the admin sees covered years, the provisional 2027 list and the next uncovered year", async ({ page }) => {
  await signIn(page, "ADMIN", "/staf/admin/hari-libur");
  await page.goto("/staf/admin/hari-libur");
  await expect(page.getByTestId("year-status-2027")).toHaveText("Sementara");
  await expect(page.getByTestId("year-status-2026")).toHaveText("Resmi (sesuai SKB)");
  await expect(page.getByTestId("next-uncovered-year")).toContainText("2028");
});

test("a desk complaint is verified into a handling category and its deadline extended with a reason", async ({
  page,
}) => {
  await signIn(page, "OFFICER", "/staf/pengaduan/baru");
  await page.goto("/staf/pengaduan/baru");
  await page.getByLabel("Saluran").selectOption("desk");
  await page.getByLabel("Kategori", { exact: true }).selectOption("facilities");
  await page.getByLabel("Isi pengaduan").fill("Atap ruang tunggu bocor saat hujan deras");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await page.getByRole("link", { name: "Buka", exact: true }).click();

  await expect(page.getByTestId("complaint-verification")).toHaveText("Belum diverifikasi");
  await expect(page.getByTestId("complaint-handling-category")).toContainText("Pengaduan biasa — 5 hari kerja");
  await page.getByLabel("Ya, layanan kami — tetapkan kategori penanganan").selectOption("cek_lapangan");
  await page.getByRole("button", { name: "Verifikasi dan tetapkan tenggat" }).click();
  await expect(page.getByTestId("complaint-verification")).toHaveText("Layanan kami");
  await expect(page.getByTestId("complaint-handling-category")).toContainText("Perlu cek lapangan — 14 hari kerja");
  const deadline = await page.getByTestId("complaint-deadline").innerText();

  await page.getByLabel("Tambahan hari kerja").fill("5");
  await page.getByLabel("Alasan (terdokumentasi)").fill("Menunggu jadwal cek lapangan bersama dinas teknis");
  await page.getByRole("button", { name: "Perpanjang" }).click();
  await expect(page.getByTestId("complaint-deadline")).toContainText("Diperpanjang");
  // The original deadline stays visible (and is what the metrics use).
  await expect(page.getByTestId("complaint-original-deadline")).toHaveText(deadline.trim());
  await expect(page.getByText("Menunggu jadwal cek lapangan bersama dinas teknis").first()).toBeVisible();
});
