import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

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
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
