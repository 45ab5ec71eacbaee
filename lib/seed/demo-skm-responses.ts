import "server-only";
import type { Db } from "../db/client";
import { addCalendarDays, isoWeekday, toWibDate, wibStartOfDay } from "../calendar/working-days";
import { periodOf, previousPeriod } from "../periods/periods";
import type { NewSurveyResponse } from "../skm/response-store";
import { bulkLoadSurveyResponses } from "../skm/response-bulk-store";
import {
  EDUCATION_OPTIONS_2004,
  EDUCATION_OPTIONS_2017,
  IKM_2004_QUESTIONNAIRE,
  OCCUPATION_OPTIONS_2004,
  OCCUPATION_OPTIONS_2017,
  SKM_2017_QUESTIONNAIRE,
} from "../skm/questionnaires";
import { createRandom, type Random } from "./random";
import type { DemoSeedOptions } from "./index";

/** Per-element offset from the respondent's general mood: U3 (waktu), U8 (pengaduan) and U4 (biaya) lag. */
const ELEMENT_OFFSETS_2017: Record<string, number> = {
  U1: 0.05,
  U2: -0.05,
  U3: -0.45,
  U4: -0.25,
  U5: 0.05,
  U6: 0.15,
  U7: 0.25,
  U8: -0.3,
  U9: 0.1,
};

const COMMENTS_GOOD = [
  "Pelayanan cepat dan petugas ramah, terima kasih.",
  "Petugas sangat membantu menjelaskan persyaratan.",
  "Ruang tunggu nyaman dan bersih.",
  "Prosesnya jelas, saya bisa memantau status berkas.",
  "Terima kasih, izin selesai sebelum batas waktu.",
  "Antrean tertib dan informasinya lengkap.",
];
const COMMENTS_CRITICAL = [
  "Waktu penyelesaian terlalu lama, mohon dipercepat.",
  "Saya harus bolak-balik karena persyaratan tidak dijelaskan dari awal.",
  "Pengaduan saya belum ditanggapi sampai sekarang.",
  "Biaya retribusi kurang jelas rinciannya.",
  "Parkir sempit dan antrean panjang di pagi hari.",
  "Status berkas tidak diperbarui, harus menelepon berkali-kali.",
  "Kotak saran ada tetapi tidak pernah ada tanggapan.",
];
const COMMENTS_NEUTRAL = [
  "Cukup baik, semoga terus ditingkatkan.",
  "Mohon jam layanan diperpanjang pada hari Jumat.",
  "Sebaiknya ada layanan daring untuk semua izin.",
];

const CHANNEL_WEIGHTS = [
  ["link", 25],
  ["qr", 25],
  ["kiosk", 30],
  ["web", 8],
  ["paper", 12],
] as const;
const INFO_WEIGHTS = [
  ["radio", 6],
  ["tv", 4],
  ["billboard", 8],
  ["forum", 10],
  ["website", 16],
  ["social_media", 22],
  ["family_friends", 20],
  ["at_office", 11],
  ["other", 3],
] as const;

function gaussian(random: Random): number {
  const u = Math.max(random.next(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function answer(random: Random, mean: number): number {
  return Math.max(1, Math.min(4, Math.round(mean + gaussian(random) * 0.55)));
}

function profile2017(random: Random) {
  return {
    age: random.int(18, 70),
    sex: random.chance(0.55) ? "L" : "P",
    education: random.weighted(
      EDUCATION_OPTIONS_2017.map((o, i) => [o.value, [4, 8, 30, 14, 4, 30, 8, 2][i]!] as const),
    ),
    occupation: random.weighted(OCCUPATION_OPTIONS_2017.map((o, i) => [o.value, [12, 2, 2, 34, 38, 12][i]!] as const)),
  };
}

function comment(random: Random, mood: number): string | null {
  if (!random.chance(0.22)) return null;
  if (mood < 2.9) return random.pick(COMMENTS_CRITICAL);
  if (mood > 3.45) return random.chance(0.8) ? random.pick(COMMENTS_GOOD) : random.pick(COMMENTS_NEUTRAL);
  return random.chance(0.5) ? random.pick(COMMENTS_NEUTRAL) : random.pick(COMMENTS_CRITICAL);
}

function nextQuarter(lastDay: string) {
  return periodOf("quarter", addCalendarDays(lastDay, 1));
}

/**
 * Two years of SKM-2017 responses before options.today (30–60 per working day × scale) across channels,
 * counters, licence types and info sources, improving from IKM ≈ 78 to ≈ 88; a few hundred IKM-2004
 * responses from 2014–2015 (the reports are published by seedDemoSkmReports).
 */
export async function seedDemoSkmResponses(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.surveyResponse.count()) > 0) return;
  const random = createRandom(2017_14);
  const licenseTypes = await db.licenseType.findMany({ where: { active: true }, select: { id: true } });
  const counters = await db.counter.findMany({ select: { id: true } });
  const holidays = new Set((await db.holiday.findMany({ select: { date: true } })).map((h) => h.date));
  const today = toWibDate(options.today);
  const start = addCalendarDays(today, -730);

  let batch: NewSurveyResponse[] = [];
  const flush = async () => {
    if (batch.length) await bulkLoadSurveyResponses(batch, db);
    batch = [];
  };
  for (let day = start; day < today; day = addCalendarDays(day, 1)) {
    if (isoWeekday(day) > 5 || holidays.has(day)) continue;
    const progress = (730 + (Date.parse(day) - Date.parse(today)) / 86_400_000) / 730; // 0 → 1
    const baseMood = 3.1 + 0.62 * progress + 0.04 * Math.sin(progress * 12);
    const n = Math.round(random.int(30, 60) * options.scale);
    for (let i = 0; i < n; i++) {
      const mood = baseMood + gaussian(random) * 0.3;
      const answers: Record<string, number | null> = {};
      for (const el of SKM_2017_QUESTIONNAIRE.elements) {
        // U3 improves most over time (the follow-up plan targeted it).
        const offset = (ELEMENT_OFFSETS_2017[el.code] ?? 0) * (el.code === "U3" ? 1 - 0.4 * progress : 1);
        answers[el.code] = random.chance(0.01) ? null : answer(random, mood + offset);
      }
      if (Object.values(answers).every((v) => v === null)) answers.U1 = 3;
      const channel = random.weighted(CHANNEL_WEIGHTS);
      const minutes = random.int(8 * 60, 15 * 60);
      batch.push({
        questionnaire: "SKM-2017",
        submittedAt: new Date(wibStartOfDay(day).getTime() + minutes * 60_000),
        channel,
        licenseTypeId: random.pick(licenseTypes).id,
        counterId: random.pick(counters).id,
        ...profile2017(random),
        infoSource: random.weighted(INFO_WEIGHTS),
        comment: comment(random, mood),
        answers,
      });
    }
    if (batch.length >= 5000) await flush();
  }
  await flush();

  // Historical IKM-2004 data (paper forms imported from the office's 2014–2015 spreadsheets).
  for (let i = 0; i < Math.round(300 * options.scale); i++) {
    const day = addCalendarDays("2014-01-06", random.int(0, 720));
    if (isoWeekday(day) > 5) continue;
    const mood = 2.95 + gaussian(random) * 0.3;
    const answers: Record<string, number | null> = {};
    for (const el of IKM_2004_QUESTIONNAIRE.elements)
      answers[el.code] = answer(random, mood + (el.code === "U7" ? -0.3 : 0));
    batch.push({
      questionnaire: "IKM-2004",
      submittedAt: new Date(wibStartOfDay(day).getTime() + 10 * 3_600_000),
      channel: "import",
      licenseTypeId: random.pick(licenseTypes).id,
      counterId: null,
      age: random.int(18, 70),
      sex: random.chance(0.5) ? "L" : "P",
      education: random.pick(EDUCATION_OPTIONS_2004).value,
      occupation: random.pick(OCCUPATION_OPTIONS_2004).value,
      infoSource: null,
      comment: null,
      answers,
    });
  }
  await flush();

  // Services delivered per quarter, as an admin enters them when the applications data is not loaded.
  for (let period = periodOf("quarter", start); period.from < today; period = nextQuarter(period.to)) {
    await db.skmPopulation.upsert({
      where: { periodKey: period.key },
      create: { periodKey: period.key, population: Math.round(random.int(2600, 3400) * options.scale) },
      update: {},
    });
  }
}

/**
 * Reports: the two last complete quarters published with follow-up plans, the last complete month a draft. Runs
 * after the demo follow-up actions (lib/seed/demo-follow-up.ts), so the last quarter's report shows how the
 * quarter before was followed up.
 */
export async function seedDemoSkmReports(db: Db, options: DemoSeedOptions): Promise<void> {
  const today = toWibDate(options.today);
  const lastQuarter = previousPeriod(periodOf("quarter", today));
  const quarterBefore = previousPeriod(lastQuarter);
  const lastMonth = previousPeriod(periodOf("month", today));
  const plan = (label: string) =>
    [
      `Rencana tindak lanjut hasil SKM ${label}:`,
      "1. Waktu penyelesaian (U3): memantau berkas yang mendekati batas SLA setiap pagi dan mengirim notifikasi status kepada pemohon.",
      "2. Penanganan pengaduan (U8): menanggapi setiap pengaduan paling lambat 5 hari kerja dan memasang papan alur pengaduan di loket.",
      "3. Biaya/tarif (U4): menempelkan rincian tarif resmi per jenis izin di loket dan situs web.",
    ].join("\n");
  for (const [period, status] of [
    [quarterBefore, "PUBLISHED"],
    [lastQuarter, "PUBLISHED"],
    [lastMonth, "DRAFT"],
  ] as const) {
    if (await db.skmReport.findUnique({ where: { periodKey: period.key } })) continue;
    const { saveSkmReport } = await import("../skm/report-store");
    // Published reports go through the one publishing function, so the demo's public pages read snapshots too.
    await saveSkmReport(
      { periodKey: period.key, status, followUpPlan: plan(period.labelId), now: publishedOn(period.to, options.today) },
      db,
    );
  }
}

/** A demo period is published ten days after it ends (never after the demo's today). */
export function publishedOn(periodTo: string, today: Date): Date {
  const date = wibStartOfDay(addCalendarDays(periodTo, 10));
  return date.getTime() > today.getTime() ? today : date;
}
