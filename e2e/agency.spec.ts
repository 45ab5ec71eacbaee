import { test, expect } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

test.describe("technical agencies (issue 20)", () => {
  test("an officer sends a PBG file for recommendation; Dinas PUPR recommends it and it leaves their list", async ({
    page,
    context,
  }) => {
    await signIn(page, "OFFICER", "/staf/permohonan/baru");
    await page.goto("/staf/permohonan/baru");
    await page.getByLabel("Jenis izin").selectOption("PBG");
    await page.getByLabel("Nama pemohon").fill("Rahmat Hidayat");
    await page.getByLabel("Kelurahan").selectOption("35.71.02.1010");
    await page.getByLabel("Loket").selectOption("L3");
    await page.getByLabel("Biaya/retribusi dipungut (Rp)").fill("2500000");
    await page.getByRole("button", { name: "Daftarkan" }).click();
    const heading = page.getByRole("heading", { level: 1, name: /^Permohonan KDR-/ });
    await expect(heading).toBeVisible();
    const registrationNo = ((await heading.textContent()) ?? "").replace("Permohonan ", "").trim();
    for (const stage of ["Verifikasi berkas", "Rekomendasi teknis"]) {
      await page.getByRole("button", { name: `Lanjut ke ${stage}` }).click();
      await expect(page.getByRole("button", { name: `Lanjut ke ${stage}` })).toHaveCount(0);
    }
    // The office sees who holds the file now.
    await expect(page.getByTestId("agency-holder")).toContainText("Menunggu rekomendasi Dinas PUPR");

    await context.clearCookies();
    await signIn(page, "AGENCY");
    // The agency's home is its queue; its menu has nothing else.
    await expect(page).toHaveURL(/\/staf\/rekomendasi$/);
    await expect(page.getByRole("heading", { level: 1, name: "Antrean rekomendasi teknis" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Area staf" }).getByRole("link")).toHaveText([
      "Antrean rekomendasi",
    ]);
    // The queue is paged (20 a page, most overdue first): the new file is found by its number.
    await page.getByLabel("Cari nomor registrasi, jenis izin atau pemohon").fill(registrationNo);
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page.getByTestId("agency-queue-count").locator("strong")).toHaveText("1 dari 1");
    const row = page.locator(`tr[data-registration="${registrationNo}"]`);
    await expect(row).toContainText("PBG");
    await expect(row).toContainText("0 dari 17 hari kerja");
    await expectAccessible(page);

    await row.getByRole("link", { name: registrationNo }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Berkas ${registrationNo}` })).toBeVisible();
    await expect(page.getByTestId("agency-documents")).toContainText("Gambar rencana teknis");
    await expectAccessible(page);
    // A refusal without its reason is sent back with the field marked, nothing recorded.
    await page.getByLabel("Tidak direkomendasikan").check();
    await page.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(page.getByText("Alasan tidak direkomendasikan wajib diisi.")).toBeVisible();
    await page.getByLabel("Direkomendasikan", { exact: true }).check();
    await page.getByLabel("Alasan atau catatan").fill("Sesuai KRK; garis sempadan 4 m");
    await page.getByRole("button", { name: "Simpan keputusan" }).click();

    await expect(page).toHaveURL(/\/staf\/rekomendasi\?tercatat=/);
    await expect(page.getByRole("status")).toContainText(`Keputusan untuk berkas ${registrationNo} tercatat.`);
    await expect(page.locator(`tr[data-registration="${registrationNo}"]`)).toHaveCount(0);
    await expect(page.getByTestId("agency-recent")).toContainText(registrationNo);
    await expect(page.getByTestId("agency-recent")).toContainText("Direkomendasikan");
    await page.goto(`/staf/rekomendasi?q=${registrationNo}`);
    await expect(page.getByTestId("agency-queue-count").locator("strong")).toHaveText("0 dari 0");

    // Nothing else is theirs: other staff pages answer 403, and so does an API route.
    for (const path of ["/staf/skm", "/staf/investasi", "/staf/permohonan", "/staf/pengaduan", "/dashboard"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    const api = await page.request.get("/api/v1/skm/summary?from=2026-01-01&to=2026-03-31");
    expect(api.status()).toBe(403);
    // The officer sees who recommended, on the file's timeline.
    await context.clearCookies();
    await signIn(page, "OFFICER", `/staf/permohonan/${registrationNo}`);
    await page.goto(`/staf/permohonan/${registrationNo}`);
    await expect(page.getByRole("cell", { name: /Direkomendasikan oleh Dinas PUPR/ })).toBeVisible();
  });

  test("leadership sees who has the ball: time per agency with P50/P90 and overdue on the processing dashboard", async ({
    page,
  }) => {
    await signIn(page, "LEADERSHIP", "/staf/waktu-proses");
    await page.goto("/staf/waktu-proses");
    const section = page.getByRole("region", { name: "Siapa memegang berkas: rekomendasi perangkat daerah" });
    await expect(section).toBeVisible();
    const pupr = section.locator('tr[data-agency="Dinas PUPR (Cipta Karya dan Tata Ruang)"]');
    await expect(pupr).toBeVisible();
    const cells = await pupr.locator("td").allTextContents();
    // Recommendations, within deadline, P50, P90, waiting, overdue, oldest.
    expect(Number(cells[0])).toBeGreaterThan(100);
    expect(cells[1]).toMatch(/%$/);
    expect(Number(cells[2])).toBeGreaterThan(0);
    expect(Number(cells[3])).toBeGreaterThanOrEqual(Number(cells[2]));
    await expect(section.getByTestId("agency-within-sla")).toContainText("rekomendasi dalam batas waktu");
    await expectAccessible(page);
    // Perception joined to performance: the demo's last completed semester, aggregates only.
    await page.goto("/staf/skm/persepsi");
    await expect(page.getByTestId("perception-speed-sentence")).toContainText("menilai U3");
    await expect(page.getByTestId("perception-speed").locator('tr[data-row="total"] td').first()).toHaveText(/^\d+$/);
    await expectAccessible(page);
    // The weekly review lists the overdue recommendations (or says there are none).
    await page.goto("/dashboard/mingguan");
    await expect(page.getByTestId("weekly-agency-overdue")).toContainText(
      "Rekomendasi perangkat daerah yang terlambat",
    );
  });
});
