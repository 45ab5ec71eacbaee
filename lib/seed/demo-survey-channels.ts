import "server-only";
import type { Db } from "../db/client";
import { hashToken } from "../auth/password";
import type { DemoSeedOptions } from "./index";
import { createRandom } from "./random";

/** Demo kiosk device keys (demo installations only): open /kiosk/L1?kunci=ksk_demo_L1_lentera2026 on a tablet. */
export const DEMO_KIOSK_KEYS: Record<string, string> = Object.fromEntries(
  ["L1", "L2", "L3", "L4", "L5"].map((code) => [code, `ksk_demo_${code}_lentera2026`]),
);

/**
 * Demo survey channels: one enrolled kiosk per counter, a handful of open and used invitations, and the office
 * setting that accepts incomplete paper sheets.
 * No responses: the IKM dashboard's seeder writes two years of responses through insertSurveyResponsesBulk.
 */
export async function seedDemoSurveyChannels(db: Db, options: DemoSeedOptions): Promise<void> {
  const counters = await db.counter.findMany({ orderBy: { code: "asc" } });
  for (const counter of counters) {
    const key = DEMO_KIOSK_KEYS[counter.code];
    if (!key) continue;
    await db.kiosk.upsert({
      where: { keyHash: hashToken(key) },
      update: {},
      create: {
        name: `Tablet ${counter.code}`,
        counterId: counter.id,
        keyPrefix: key.slice(0, 8),
        keyHash: hashToken(key),
        createdAt: options.today,
      },
    });
  }
  // The demo office types in paper sheets with blank boxes (as its seeded history has); a new office starts strict.
  await db.setting.upsert({
    where: { key: "skm.allowIncompletePaper" },
    update: {},
    create: { key: "skm.allowIncompletePaper", value: "true" },
  });
  const random = createRandom(3003);
  const licenseTypes = await db.licenseType.findMany({ where: { active: true }, orderBy: { code: "asc" } });
  const count = Math.max(5, Math.round(10 * options.scale));
  for (let i = 0; i < count; i++) {
    const token = `demo${String(i).padStart(6, "0")}`;
    const createdAt = new Date(options.today.getTime() - random.int(0, 20) * 86_400_000);
    await db.surveyInvitation.upsert({
      where: { token },
      update: {},
      create: {
        token,
        licenseTypeId: random.pick(licenseTypes).id,
        counterId: random.pick(counters).id,
        applicationNo: `DEMO/${2026}/${String(i + 1).padStart(4, "0")}`,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + 30 * 86_400_000),
      },
    });
  }
}
