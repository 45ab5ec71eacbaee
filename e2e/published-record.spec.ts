import { test, expect, type Page } from "@playwright/test";
import { signIn, expectAccessible } from "./support";

/** The last complete quarter (the demo publishes it) and a day inside it, in WIB. */
function lastQuarter(): { key: string; day: string } {
  const now = new Date(Date.now() + 7 * 3600_000);
  let year = now.getUTCFullYear();
  let quarter = Math.floor(now.getUTCMonth() / 3); // current quarter − 1, 0-based → 1-based below
  if (quarter === 0) {
    quarter = 4;
    year -= 1;
  }
  const month = String((quarter - 1) * 3 + 2).padStart(2, "0");
  return { key: `${year}-Q${quarter}`, day: `${year}-${month}-12` };
}

const respondentsOn = async (page: Page) =>
  Number((await page.getByTestId("report-respondents").innerText()).replace(/\D/g, ""));

test("a late paper form is counted as not yet published; the admin republishes and the public report shows the revision", async ({
  page,
}) => {
  const { key, day } = lastQuarter();
  await page.goto(`/laporan/skm/${key}`);
  const publishedIkm = await page.getByTestId("report-ikm").innerText();
  const publishedRespondents = await respondentsOn(page);

  await signIn(page, "ADMIN", "/staf/skm/laporan");
  await page.goto("/staf/skm/laporan");
  const section = page.locator("section", { has: page.getByRole("heading", { name: new RegExp(`\\(${key}\\)`) }) });
  const pending = section.getByTestId("not-yet-published");
  const pendingBefore = (await pending.count()) > 0 ? Number((await pending.innerText()).replace(/\D/g, "")) : 0;

  // A paper questionnaire from the middle of the published quarter, typed in now.
  await page.goto("/staf/survei/kertas");
  await page.getByLabel("Tanggal survei (pada formulir)").fill(day);
  await page.getByLabel("Jenis layanan").selectOption("SLF");
  await page.getByLabel("Loket").selectOption("L2");
  for (let k = 1; k <= 9; k++) await page.getByLabel(new RegExp(`^U${k} `)).fill("2");
  await page.getByLabel("Umur").fill("45");
  for (const label of ["Jenis kelamin", "Pendidikan", "Pekerjaan"])
    await page.getByLabel(label, { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Simpan lembar" }).click();
  await expect(page.getByRole("status")).toContainText("1 lembar tersimpan");

  // The public report has not moved; staff see what it does not contain yet.
  await page.goto(`/laporan/skm/${key}`);
  await expect(page.getByTestId("report-ikm")).toHaveText(publishedIkm);
  expect(await respondentsOn(page)).toBe(publishedRespondents);
  await page.goto("/staf/skm/laporan");
  await expect(section.getByTestId("not-yet-published")).toHaveText(
    `belum masuk angka terbit: ${pendingBefore + 1} respons`,
  );

  await section.getByRole("button", { name: "Terbitkan ulang" }).click();
  await expect(section.getByRole("status")).toHaveText(
    new RegExp(
      `^Diterbitkan ulang sebagai versi \\d+ \\(sebelumnya IKM ${publishedIkm}, ${publishedRespondents.toLocaleString("id-ID").replace(/\./g, "\\.")} respons\\)\\.$`,
    ),
  );
  await page.reload();
  await expect(section.getByText("Angka terbit sama dengan data terkini.")).toBeVisible();

  // The public report carries the new figure and says what it was before; the earlier version stays readable.
  await page.goto(`/laporan/skm/${key}`);
  expect(await respondentsOn(page)).toBe(publishedRespondents + pendingBefore + 1);
  const revision = page.getByTestId("report-revision");
  await expect(revision).toContainText(/^Direvisi pada \d{1,2} [A-Z][a-z]+ \d{4}; sebelumnya IKM /);
  await expect(revision).toContainText(
    `sebelumnya IKM ${publishedIkm} (${publishedRespondents.toLocaleString("id-ID")} responden)`,
  );
  await expectAccessible(page);
  await revision.getByRole("link", { name: /Lihat versi sebelumnya/ }).click();
  await expect(page.getByTestId("report-old-version")).toContainText(/^Ini versi \d+ dari \d+/);
  await expect(page.getByTestId("report-ikm")).toHaveText(publishedIkm);
  expect(await respondentsOn(page)).toBe(publishedRespondents);
});
