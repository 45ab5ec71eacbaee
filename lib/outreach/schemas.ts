import { z } from "zod";
import { isIsoDate } from "../calendar/working-days";
import { boundedInteger, NUMBER_BOUNDS } from "../validation/bounds";

/** Input shapes of outreach campaigns (issue 20 §3). */

export const OUTREACH_CHANNELS = ["radio", "local_tv", "billboard", "forum", "social_media", "other"] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

/**
 * The answer of the survey's profile question "Dari mana Anda pertama kali mengetahui layanan ini?"
 * (INFO_SOURCE_OPTIONS in lib/skm/questionnaires.ts) that a campaign on each channel should move.
 */
export const CHANNEL_INFO_SOURCE: Record<OutreachChannel, string> = {
  radio: "radio",
  local_tv: "tv",
  billboard: "billboard",
  forum: "forum",
  social_media: "social_media",
  other: "other",
};

export const OUTREACH_TOPICS = ["procedure", "tariffs", "license_type"] as const;
export type OutreachTopic = (typeof OUTREACH_TOPICS)[number];

const ZIsoDay = z.string().refine(isIsoDate, { error: "Tanggal harus tanggal nyata berformat TTTT-BB-HH." });
const emptyToNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());

export const ZCampaignInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(3, { error: "Nama kampanye minimal 3 karakter." })
      .max(120, { error: "Nama kampanye paling banyak 120 karakter." }),
    channel: z.enum(OUTREACH_CHANNELS, {
      error: "Saluran harus radio, TV lokal, baliho, forum, media sosial atau lainnya.",
    }),
    startDay: ZIsoDay,
    endDay: ZIsoDay,
    /** A kecamatan code; empty = city-wide. */
    kecamatanCode: z.string().optional().transform(emptyToNull),
    topic: z.enum(OUTREACH_TOPICS, { error: "Topik harus prosedur, tarif atau satu jenis izin." }),
    /** The licence type's code, required when the topic is a licence type. */
    licenseType: z.string().optional().transform(emptyToNull),
    cost: boundedInteger("Biaya", NUMBER_BOUNDS.campaignCostRupiah),
    note: z.string().trim().max(500, { error: "Catatan paling banyak 500 karakter." }).default(""),
  })
  .refine((c) => c.startDay <= c.endDay, {
    error: "Tanggal selesai harus sama atau sesudah tanggal mulai.",
    path: ["endDay"],
  })
  .refine((c) => (c.topic === "license_type") === (c.licenseType !== null), {
    error: "Pilih jenis izin bila topiknya satu jenis izin (dan hanya itu).",
    path: ["licenseType"],
  });
export type TCampaignInput = z.infer<typeof ZCampaignInput>;

/** Weeks before the campaign and after its end that are compared (default 4). */
export const ZOutreachQuery = z.object({
  weeks: z.coerce
    .number({ error: "Jumlah minggu harus bilangan bulat 1–26." })
    .int({ error: "Jumlah minggu harus bilangan bulat 1–26." })
    .min(1, { error: "Jumlah minggu harus bilangan bulat 1–26." })
    .max(26, { error: "Jumlah minggu harus bilangan bulat 1–26." })
    .default(4),
});
