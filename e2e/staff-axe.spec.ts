import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, type DemoRole } from "./support";

// Issue 16: axe (WCAG 2 A/AA, no serious or critical violation) on every staff page of every role's navigation, on
// a desk and — for the administrator, who sees every page — on a 360 px phone, where tables stack into cards.
const RUNS: { role: DemoRole; viewport: { width: number; height: number } }[] = [
  ...(Object.keys(DEMO) as DemoRole[]).map((role) => ({ role, viewport: { width: 1366, height: 900 } })),
  { role: "ADMIN", viewport: { width: 360, height: 740 } },
];

for (const { role, viewport } of RUNS) {
  test(`${role} at ${viewport.width} px: every staff page passes axe`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize(viewport);
    await signIn(page, role);
    const nav = await page
      .locator(".staff-nav a[href]")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    expect(nav.length).toBeGreaterThan(1);
    for (const path of nav) {
      await test.step(path, async () => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectAccessible(page);
      });
    }
  });
}
