import { test } from "@playwright/test";
import { signIn, type DemoRole } from "./support";

// Refreshes the screenshots in docs/ (README) on the demo data, at a desk and on a phone:
//   LENTERA_SCREENSHOTS=1 npx playwright test e2e/docs-screenshots.spec.ts
// Skipped in the normal run: it checks nothing, it only draws pictures.
const PAGES: { name: string; path: string; role: DemoRole | null }[] = [
  { name: "dashboard", path: "/dashboard", role: "LEADERSHIP" },
  { name: "skm", path: "/staf/skm", role: "LEADERSHIP" },
  { name: "processing", path: "/staf/waktu-proses", role: "LEADERSHIP" },
  { name: "investment", path: "/staf/investasi", role: "PLANNER" },
  { name: "applications", path: "/staf/permohonan", role: "OFFICER" },
  { name: "services", path: "/layanan", role: null },
];
const SIZES = [
  { suffix: "", viewport: { width: 1366, height: 900 } },
  { suffix: "-phone", viewport: { width: 360, height: 740 } },
];

test.skip(!process.env.LENTERA_SCREENSHOTS, "set LENTERA_SCREENSHOTS=1 to refresh docs/ screenshots");

for (const { name, path, role } of PAGES) {
  test(`screenshot of ${path}`, async ({ page }) => {
    if (role) await signIn(page, role);
    for (const { suffix, viewport } of SIZES) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `docs/screenshot-${name}${suffix}.png` });
    }
  });
}
