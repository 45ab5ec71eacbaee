import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";

export const DEMO = {
  ADMIN: { email: "admin@lentera.demo", password: "admin-lentera-2026" },
  LEADERSHIP: { email: "pimpinan@lentera.demo", password: "pimpinan-lentera-2026" },
  PLANNER: { email: "perencana@lentera.demo", password: "perencana-lentera-2026" },
  OFFICER: { email: "petugas@lentera.demo", password: "petugas-lentera-2026" },
  // The demo account of Dinas PUPR, the technical agency of PBG, SLF and PKKPR (issue 20).
  AGENCY: { email: "pupr@lentera.demo", password: "perangkat-lentera-2026" },
} as const;
export type DemoRole = keyof typeof DEMO;

/** Signs in through the real sign-in form and waits for the staff area. */
export async function signIn(page: Page, role: DemoRole, returnTo = "/staf") {
  await page.goto(`/masuk?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("E-mail").fill(DEMO[role].email);
  await page.getByLabel("Kata sandi").fill(DEMO[role].password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();
}

/** No serious or critical accessibility violations (axe-core, WCAG 2 A/AA rules). */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next streams the new page's metadata: audit once the document has its title
  // (a page without one still fails, here instead of as axe's document-title).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The e2e server's database (scripts/e2e-server.mjs). */
export const E2E_DB = "data/e2e/lentera-e2e.db";

/** One row of a read-only query on the e2e server's database, to check what a flow stored. */
export function queryE2eDb<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/**
 * A PNG decoded by the browser: its size and the RGBA bytes of its rows from `top` (in pixels) to the bottom, so a
 * test can count or look for colours in a band of the image (a chart's legend, a rendered PDF page).
 */
export async function decodePng(
  page: Page,
  png: Buffer,
  top = 0,
): Promise<{ width: number; height: number; rgba: Buffer }> {
  const decoded = await page.evaluate(
    async ({ dataUrl, top }) => {
      const image = new Image();
      await new Promise((resolve, reject) => {
        image.onload = resolve;
        image.onerror = reject;
        image.src = dataUrl;
      });
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const rows = Math.max(0, image.height - top);
      const bytes = rows === 0 ? new Uint8ClampedArray() : context.getImageData(0, top, image.width, rows).data;
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { width: image.width, height: image.height, rgba: btoa(binary) };
    },
    { dataUrl: `data:image/png;base64,${png.toString("base64")}`, top },
  );
  return { ...decoded, rgba: Buffer.from(decoded.rgba, "base64") };
}

/**
 * Answers the kiosk survey once and sends it: every element with the face at index `face` (0 = worst), age 41,
 * male, SMA, Wirausaha, the extra questions skipped.
 */
export async function answerKioskSurvey(page: Page, face: number) {
  await page.getByRole("button", { name: "Mulai survei" }).click();
  for (let i = 0; i < 9; i++) await page.locator("#options .opt").nth(face).click();
  await page.getByLabel("Umur (tahun)").fill("41");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await page.getByRole("button", { name: "Laki-laki" }).click();
  await page.getByRole("button", { name: "SMA" }).click();
  await page.getByRole("button", { name: "Wirausaha" }).click();
  await page.getByRole("button", { name: "Lewati" }).click();
  await page.getByRole("button", { name: "Kirim" }).click();
}
