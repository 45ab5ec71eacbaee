import { z } from "zod";
import { getEnv } from "../env";

/**
 * Office settings stored as key/value rows. Each known key has a zod schema and a default here,
 * so every reader gets a typed, valid value.
 */
export const SETTINGS = {
  "office.name": z.string().min(3).max(120).default(getEnv().LENTERA_OFFICE_NAME),
  "office.address": z.string().max(300).default("Jl. Basuki Rahmat No. 15, Kota Kediri, Jawa Timur"),
  "office.smsNumber": z.string().max(40).default("0812-3456-7890"),
  // Letterhead and signer of the office's PDF documents (issue 18: evidence pack; kit in components/pdf).
  "office.parent": z.string().max(120).default("PEMERINTAH KOTA KEDIRI"),
  "office.city": z.string().max(60).default("Kediri"),
  "office.headName": z.string().max(120).default(""),
  "office.headNip": z
    .string()
    .regex(/^(\d{18}|\d{8} \d{6} \d \d{3})?$/, { error: "NIP 18 angka (boleh ditulis 19800101 200501 1 001)" })
    .default(""),
  "office.headPosition": z.string().max(160).default("Kepala Dinas Penanaman Modal dan PTSP"),
  // The office's logo for letterheads: a PNG or JPEG as a data URL, at most about 300 KB ("" = none).
  "office.logo": z
    .string()
    .max(410_000, { error: "Logo paling besar 300 KB" })
    .regex(/^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+)?$/, { error: "Logo harus berkas PNG atau JPEG" })
    .default(""),
  "office.maklumat": z
    .string()
    .max(4000)
    .default(
      "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
    ),
  "office.maklumatPublished": z.enum(["true", "false"]).default("true"),
  // Open data (issue 17): the Kemendagri code and name of the office's region (the kode_wilayah of city-wide
  // figures) and the smallest count an aggregate needs to be published.
  "office.regionCode": z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { error: "Kode wilayah seperti 35.71 (Kemendagri)" })
    .default("35.71"),
  "office.regionName": z.string().min(3).max(120).default("Kota Kediri"),
  "openData.minN": z.coerce
    .number({ error: "Minimum n harus bilangan bulat 1–1000" })
    .int({ error: "Minimum n harus bilangan bulat 1–1000" })
    .min(1, { error: "Minimum n harus bilangan bulat 1–1000" })
    .max(1000, { error: "Minimum n harus bilangan bulat 1–1000" })
    .default(30),
  // Survey collection (lib/skm/collection-rules.ts): the oldest queued kiosk response accepted, in days, and whether
  // paper sheets (typed in or imported) may leave unsur and profile boxes blank.
  "skm.kioskQueueDays": z.coerce
    .number({ error: "Batas antrean kiosk harus bilangan bulat 1–90 hari" })
    .int({ error: "Batas antrean kiosk harus bilangan bulat 1–90 hari" })
    .min(1, { error: "Batas antrean kiosk harus bilangan bulat 1–90 hari" })
    .max(90, { error: "Batas antrean kiosk harus bilangan bulat 1–90 hari" })
    .default(7),
  "skm.allowIncompletePaper": z.enum(["true", "false"]).default("false"),
  // Issue 18: counters with fewer respondents in the window are left out of the daily low-score counts.
  "skm.lowScoreMinN": z.coerce
    .number({ error: "Minimum responden harus bilangan bulat 5–1000" })
    .int({ error: "Minimum responden harus bilangan bulat 5–1000" })
    .min(5, { error: "Minimum responden harus bilangan bulat 5–1000" })
    .max(1000, { error: "Minimum responden harus bilangan bulat 5–1000" })
    .default(30),
  // Perception joined to performance (issue 20, lib/skm/perception-join.ts): the fewest respondents a group may have
  // for its mean answer to be shown. Not below 10, so a setting cannot bring single answers into view.
  "skm.perceptionMinN": z.coerce
    .number({ error: "Jumlah responden minimum harus bilangan bulat 10–1000" })
    .int({ error: "Jumlah responden minimum harus bilangan bulat 10–1000" })
    .min(10, { error: "Jumlah responden minimum harus bilangan bulat 10–1000" })
    .max(1000, { error: "Jumlah responden minimum harus bilangan bulat 10–1000" })
    .default(30),
  // Issue 16 (lib/breakdowns/min-n.ts): the fewest respondents or files a counter's or an officer's row needs for
  // its figures to be shown on the SKM and processing dashboards.
  "dashboard.breakdownMinN": z.coerce
    .number({ error: "Minimum n harus bilangan bulat 5–1000" })
    .int({ error: "Minimum n harus bilangan bulat 5–1000" })
    .min(5, { error: "Minimum n harus bilangan bulat 5–1000" })
    .max(1000, { error: "Minimum n harus bilangan bulat 5–1000" })
    .default(30),
} as const;
export type SettingKey = keyof typeof SETTINGS;
