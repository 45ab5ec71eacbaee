import { test, expect } from "@playwright/test";
import { signIn, expectAccessible, queryE2eDb as query } from "./support";

/** Today in WIB, the current quarter's key and a day `days` ahead. */
function wib(days = 0) {
  const now = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  const day = now.toISOString().slice(0, 10);
  const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  return { day, quarter };
}

const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPgjqmCIwbiOABm8w4RCr6ZpQAAAABJRU5ErkJggg==",
  "base64",
);

test("a leader plans an action on the weakest element, an officer completes it with a photo; the weekly review, the scorecard and the next published report show it", async ({
  page,
  browser,
}) => {
  const title = `Loket prioritas untuk berkas lengkap ${Date.now()}`;
  const { quarter } = wib();
  await signIn(page, "LEADERSHIP", "/staf/tindak-lanjut");
  // The SKM dashboard counts low scores per day, element and counter (counters with at least 30 respondents).
  await page.goto("/staf/skm");
  const lowScores = page.getByTestId("low-scores");
  await expect(lowScores.getByRole("heading", { name: "Nilai rendah per hari (14 hari terakhir)" })).toBeVisible();
  await expect(lowScores.getByRole("columnheader", { name: "U9" })).toBeVisible();
  await page.goto("/staf/tindak-lanjut");
  const planning = page.getByTestId("follow-up-planning");
  await expect(planning).toBeVisible();
  // Weakest first: the first element offered is the one with the lowest NRR.
  await planning
    .getByRole("link", { name: /^Buat tindak lanjut untuk U\d$/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Tindak lanjut baru" })).toBeVisible();
  await page.getByLabel("Tindakan").fill(title);
  await page.getByLabel("Penanggung jawab (petugas)").selectOption({ label: "Agus Petugas Loket (Petugas loket)" });
  await page.getByLabel("Tenggat").fill(wib(3).day);
  await page.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("follow-up-status")).toHaveText("Direncanakan");
  await expectAccessible(page);

  // The weekly review lists it as due within the week; this quarter's median time to done has no value yet.
  await page.goto("/dashboard/mingguan");
  await expect(page.getByTestId("weekly-follow-up-due")).toContainText(title);
  await page.goto(`/dashboard?periode=${quarter}`);
  await expect(page.getByTestId("kpi-follow_up_median_days-value")).toHaveText("—");

  // The officer who owns it starts it, attaches a photo (shown on the public report) and marks it done.
  const officerContext = await browser.newContext({ locale: "id-ID" });
  const officer = await officerContext.newPage();
  await signIn(officer, "OFFICER", "/staf/tindak-lanjut");
  await officer.goto("/staf/tindak-lanjut?milik=saya");
  await officer.getByRole("link", { name: title }).click();
  await officer
    .getByLabel(/^Berkas bukti/)
    .setInputFiles({ name: "loket-prioritas.png", mimeType: "image/png", buffer: PHOTO });
  await officer.getByLabel("Boleh ditampilkan di laporan SKM publik").check();
  await officer.getByRole("button", { name: "Unggah" }).click();
  await expect(officer.getByText("Berkas tersimpan.")).toBeVisible();
  await expect(officer.getByTestId("attachments")).toContainText("loket-prioritas.png");
  await officer.getByLabel("Status", { exact: true }).selectOption({ label: "Selesai" });
  await officer.getByLabel("Bukti / hasil yang dicapai").fill("Loket prioritas dibuka di loket 2 sejak hari ini.");
  await officer.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(officer.getByTestId("follow-up-status")).toHaveText("Selesai");
  await officerContext.close();

  // The weekly review no longer lists it; the scorecard counts it (done the day it was planned: 0 working days).
  await page.goto("/dashboard/mingguan");
  await expect(page.getByTestId("weekly-follow-up-due")).not.toContainText(title);
  await page.goto(`/dashboard?periode=${quarter}`);
  await expect(page.getByTestId("kpi-follow_up_median_days-value")).toHaveText("0,0");

  // The administrator publishes this quarter's report: it shows last quarter's actions, this one done, with its photo.
  const adminContext = await browser.newContext({ locale: "id-ID" });
  const admin = await adminContext.newPage();
  await signIn(admin, "ADMIN", "/staf/skm/laporan");
  await admin.goto("/staf/skm/laporan");
  const form = admin.locator("section", { has: admin.getByRole("heading", { name: "Simpan draf" }) });
  await form.getByLabel(/^Kunci periode/).fill(quarter);
  await form.getByLabel("Rencana tindak lanjut").fill("Lanjutkan loket prioritas.");
  await form.getByRole("button", { name: "Terbitkan" }).click();
  await expect(form.getByRole("status")).toContainText("Terbit sebagai versi");
  await admin.goto(`/laporan/skm/${quarter}`);
  const section = admin.getByTestId("follow-up-previous");
  await expect(section.getByTestId("follow-up-summary")).toHaveText(
    /^Tindak lanjut periode lalu: \d+ dari \d+ selesai/,
  );
  const row = section.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Selesai");
  const photoLink = row.getByRole("link", { name: /loket-prioritas\.png/ });
  const href = await photoLink.getAttribute("href");
  const anonymous = await admin.request.get(href!, { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(200);
  expect(anonymous.headers()["content-type"]).toBe("image/png");
  await expectAccessible(admin);

  // Restore the shared demo state: withdraw this quarter's report again.
  await admin.goto("/staf/skm/laporan");
  // Withdrawing asks first (a disclosure with the confirming button).
  const published = admin.locator("section", {
    has: admin.getByRole("heading", { name: new RegExp(`\\(${quarter}\\)`) }),
  });
  await published.locator("summary", { hasText: "Tarik kembali" }).click();
  await published.getByRole("button", { name: "Ya, tarik kembali" }).click();
  await expect(admin.getByRole("heading", { name: new RegExp(`\\(${quarter}\\)`) })).toContainText("Draf");
  await adminContext.close();
});

test("a respondent who gives a low score files a complaint from the thank-you screen, without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    locale: "id-ID",
    viewport: { width: 360, height: 800 },
  });
  const page = await context.newPage();
  await page.goto("/survei");
  for (let i = 1; i <= 9; i++) await page.locator(`input[name="U${i}"][value="${i === 3 ? 1 : 4}"]`).check();
  await page.getByLabel("Umur (tahun)").fill("44");
  await page.getByRole("group", { name: "Jenis kelamin" }).getByLabel("Laki-laki").check();
  await page.getByLabel("Pendidikan terakhir").selectOption("sma");
  await page.getByLabel("Pekerjaan utama").selectOption("wirausaha");
  await page.waitForTimeout(3200); // the public form refuses answers sent within 3 seconds
  await page.getByRole("button", { name: "Kirim jawaban" }).click();

  await expect(page.getByRole("heading", { name: "Terima kasih!" })).toBeVisible();
  const offer = page.locator("#offer");
  await expect(offer).toContainText("U3 Waktu Penyelesaian");
  await expect(offer).toContainText("Ini tidak wajib");
  // Checked for accessibility in a browser with JavaScript (axe runs as a script); the respondent has none.
  const checkerContext = await browser.newContext({ locale: "id-ID" });
  const checker = await checkerContext.newPage();
  await checker.goto(page.url());
  await expect(checker.locator("#offer")).toContainText("U3 Waktu Penyelesaian");
  await expectAccessible(checker);
  await checkerContext.close();
  const text = `Berkas saya dikembalikan dua kali tanpa penjelasan ${Date.now()}`;
  await offer.getByLabel("Apa yang terjadi? (opsional bila Anda meninggalkan kontak)").fill(text);
  await offer.getByLabel("Nomor HP/WhatsApp (opsional)").fill("0812 7000 1818");
  await offer.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.locator("#err-o-consent")).toHaveText("Centang persetujuan bila ingin mengirim pengaduan.");
  await expect(page.getByLabel("Apa yang terjadi? (opsional bila Anda meninggalkan kontak)")).toHaveValue(text);
  await page.getByRole("checkbox", { name: /^Saya setuju/ }).check();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();

  const receipt = page.getByTestId("low-score-filed");
  await expect(receipt).toContainText("Pengaduan Anda sudah kami terima");
  const ticketNo = /PGD-\d{4}-\d{6}/.exec(await receipt.innerText())![0];
  const stored = query<{ n: number; element: string; consent: number | null }>(
    "SELECT COUNT(*) AS n, MIN(surveyElement) AS element, MIN(consentAt) AS consent FROM Complaint WHERE text = ?",
    text,
  );
  expect(stored).toMatchObject({ n: 1, element: "U3" });
  expect(stored.consent).not.toBeNull();
  await receipt.getByRole("link", { name: "Lihat status pengaduan" }).click();
  await expect(page.getByText(ticketNo)).toBeVisible();
  await context.close();
});
