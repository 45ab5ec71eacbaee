import { test } from "@playwright/test";
import { signIn } from "./support";
test.use({ viewport: { width: 360, height: 800 } });
test("screens", async ({ page }) => {
  await signIn(page, "ADMIN", "/staf");
  for (const [path, name] of [
    ["/staf/kehadiran", "mine"],
    ["/staf/kehadiran/rekap", "rekap"],
    ["/staf/kehadiran/loket", "loket"],
    ["/staf/admin/kehadiran", "admin"],
    ["/staf/admin/kehadiran/aturan", "aturan"],
    ["/staf/admin/kehadiran/pegawai", "pegawai"],
    ["/staf/sosialisasi", "sosialisasi"],
    ["/dashboard/mingguan", "mingguan"],
  ]) {
    await page.goto(path);
    await page.screenshot({ path: `/tmp/rs-${name}.png`, fullPage: true });
  }
});
