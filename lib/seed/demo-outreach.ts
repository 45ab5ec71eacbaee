import "server-only";
import type { Db } from "../db/client";
import type { DemoSeedOptions } from "./index";
import { addCalendarDays, toWibDate } from "../calendar/working-days";
import { createCampaign } from "../outreach/store";

const SYSTEM = { id: null, label: "system", role: "ADMIN" as const };

/** Demo outreach campaigns (issue 20) around the demo's applications and survey answers; skipped when any exist. */
export async function seedDemoOutreach(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.outreachCampaign.count()) > 0) return;
  const today = toWibDate(options.today);
  const day = (offset: number) => addCalendarDays(today, offset);
  const campaigns = [
    {
      name: "Spot radio: cara mengurus izin secara daring",
      channel: "radio",
      startDay: day(-120),
      endDay: day(-107),
      topic: "procedure",
      cost: "15000000",
    },
    {
      name: "Baliho tarif resmi PBG di Mojoroto",
      channel: "billboard",
      startDay: day(-75),
      endDay: day(-46),
      kecamatanCode: "35.71.01",
      topic: "license_type",
      licenseType: "PBG",
      cost: "24000000",
    },
    {
      name: "Forum sosialisasi tarif perizinan usaha, Kecamatan Kota",
      channel: "forum",
      startDay: day(-30),
      endDay: day(-30),
      kecamatanCode: "35.71.02",
      topic: "tariffs",
      cost: "6500000",
    },
    {
      name: "Seri video media sosial: izin usaha mikro",
      channel: "social_media",
      startDay: day(-10),
      endDay: day(20),
      topic: "license_type",
      licenseType: "IUMK",
      cost: "3000000",
    },
  ];
  for (const c of campaigns) await createCampaign({ ...c, note: "Data demo" }, SYSTEM, db);
}
