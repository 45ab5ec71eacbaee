import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { addCalendarDays, addWorkingDays, isWorkingDay, toWibDate, type WorkCalendar } from "../calendar/working-days";
import { loadWorkCalendar } from "../calendar/calendar-store";
import type { InvestmentColumns } from "../applications/import-rows";
import { generateDemoProject } from "../investment/demo-projects";
import { applicationRowData, eventRowsData } from "../applications/row-data";
import { replaceApplicationsBulk, type ApplicationWithEvents } from "../applications/bulk-store";
import { refreshProcessingStats } from "../applications/processing-day-stat-store";
import { deriveApplicationFigures, type TimelineEvent } from "../applications/timeline";
import type { DemoSeedOptions } from "./index";
import { createRandom, type Random } from "./random";

/** Relative volume of each active licence type in a year (a city office: building, health, small business). */
const VOLUME_WEIGHTS: Record<string, number> = {
  PBG: 12,
  SLF: 5,
  PKKPR: 6,
  REKLAME: 10,
  "SIP-DOKTER": 6,
  "SIP-BIDAN": 5,
  "SIP-PERAWAT": 6,
  SIPA: 4,
  SIA: 3,
  KLINIK: 2,
  OPTIK: 2,
  IUI: 5,
  IUTM: 2,
  TDUP: 5,
  IUMK: 12,
  SPPL: 6,
  TRAYEK: 2,
  PAUD: 2,
  PENELITIAN: 8,
};
const FIELD_VISIT = new Set(["PBG", "SLF", "PKKPR", "REKLAME", "IUTM", "IUI", "KLINIK", "PAUD", "TRAYEK"]);
const NO_RECOMMENDATION = new Set(["IUMK", "PENELITIAN"]);
const KBLI_BY_TYPE: Record<string, string[]> = {
  IUI: ["10792", "10710", "13111", "16221", "22220", "25111", "10750"],
  IUTM: ["47111", "47112", "47191"],
  TDUP: ["55130", "56101", "56102", "79120", "93221"],
  IUMK: ["47211", "56103", "96011", "10794", "14111", "47530"],
  SIA: ["47722"],
  KLINIK: ["86105", "86103"],
  OPTIK: ["47740"],
  SPPL: ["10792", "16101", "25992", "56101"],
  TRAYEK: ["49421", "49431"],
  PKKPR: ["68111", "41011", "10792", "52101"],
};
const COUNTER_BY_TYPE: Record<string, string> = {
  PBG: "L3",
  SLF: "L3",
  PKKPR: "L3",
  "SIP-DOKTER": "L2",
  "SIP-BIDAN": "L2",
  "SIP-PERAWAT": "L2",
  SIPA: "L2",
  SIA: "L2",
  KLINIK: "L2",
  OPTIK: "L2",
  REKLAME: "L1",
  PAUD: "L1",
  PENELITIAN: "L1",
};
const REJECTION_REASONS = [
  "Rekomendasi teknis tidak memenuhi syarat",
  "Lokasi tidak sesuai rencana tata ruang",
  "Persyaratan tidak dilengkapi dalam batas waktu",
];
const FIRST_NAMES = [
  "Siti",
  "Budi",
  "Dewi",
  "Agus",
  "Rina",
  "Joko",
  "Wulan",
  "Hendra",
  "Sri",
  "Eko",
  "Ayu",
  "Bambang",
  "Fitri",
  "Yusuf",
];
const LAST_NAMES = [
  "Rahayu",
  "Santoso",
  "Wijaya",
  "Lestari",
  "Pratama",
  "Hidayat",
  "Kusuma",
  "Setiawan",
  "Nugroho",
  "Purnomo",
];
const BUSINESS_PREFIX = ["CV", "PT", "UD", "Toko", "Koperasi"];
const BUSINESS_WORDS = [
  "Brantas",
  "Kelud",
  "Joyoboyo",
  "Sumber Rejeki",
  "Maju Jaya",
  "Tahu Takwa",
  "Gudang Garam Mitra",
  "Sekartaji",
  "Dhoho",
];

type LicenseTypeRow = { id: number; code: string; slaDays: number; tariff: number; isBusiness: boolean };

const at = (day: string, hour: number, minute = 0) =>
  new Date(`${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+07:00`);

/** A business licence's investment fields: a demo project in a KBLI line that fits the licence type. */
function demoInvestment(random: Random, code: string): InvestmentColumns {
  const { applicantName: _name, ...investment } = generateDemoProject(
    random,
    random.pick(KBLI_BY_TYPE[code] ?? ["47111"]),
  );
  return investment;
}

/** Splits `total` working days over the stages by weight; the technical recommendation gets the remainder. */
function splitDays(random: Random, total: number, stages: string[]): number[] {
  const weights: Record<string, number> = {
    verifikasi: 2,
    tinjauan_lapangan: 2,
    rekomendasi_teknis: 5,
    penetapan: 1.5,
  };
  const jittered = stages.map((s) => weights[s] * (0.6 + random.next() * 0.8));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const days = jittered.map((w) => Math.floor((w / sum) * total));
  const rest = total - days.reduce((a, b) => a + b, 0);
  const bottleneck = stages.indexOf("rekomendasi_teknis");
  days[bottleneck >= 0 ? bottleneck : days.length - 1] += rest;
  return days;
}

type Plan = { events: TimelineEvent[]; fileCompleteAt: Date; outcomeReason: string | null };

/**
 * One application's timeline. The on-time probability rises from ~70 % two years ago to ~93 % today (`progress`
 * 0 → 1); 12 % of files go back to the applicant once during verification; events after `now` are cut off, which
 * leaves a realistic backlog (some of it overdue).
 */
function planTimeline(
  random: Random,
  cal: WorkCalendar,
  lt: LicenseTypeRow,
  submitDay: string,
  progress: number,
  now: Date,
): Plan {
  const sla = lt.slaDays;
  const isLate = !random.chance(0.7 + 0.23 * progress);
  // A few recent files stuck waiting for a technical recommendation: the overdue part of today's backlog.
  const isStuck = progress > 0.93 && random.chance(0.08);
  const total = isStuck
    ? sla * 3 + random.int(5, 15)
    : isLate
      ? sla + random.int(1, Math.max(2, Math.ceil(sla * 0.6)))
      : random.int(Math.max(0, Math.ceil(sla * 0.35)), sla);
  const stages = ["verifikasi"];
  if (FIELD_VISIT.has(lt.code)) stages.push("tinjauan_lapangan");
  if (!NO_RECOMMENDATION.has(lt.code)) stages.push("rekomendasi_teknis");
  stages.push("penetapan");
  const durations = splitDays(random, total, stages);
  const pause = durations[0] >= 1 && random.chance(0.12) ? random.int(2, 8) : 0;
  const dayAt = (offset: number) => addWorkingDays(cal, submitDay, pause > 0 && offset >= 1 ? offset + pause : offset);

  const roll = random.next();
  const outcome = roll < 0.03 ? "rejected" : roll < 0.045 ? "withdrawn" : "issued";
  const submittedAt = at(submitDay, 8, random.int(0, 59));
  const events: TimelineEvent[] = [{ kind: "stage", stage: "pendaftaran", at: submittedAt }];
  const hours: Record<string, number> = { verifikasi: 9, tinjauan_lapangan: 10, rekomendasi_teknis: 11, penetapan: 13 };
  let offset = 0;
  let outcomeReason: string | null = null;
  stages.forEach((stage, index) => {
    events.push({ kind: "stage", stage, at: at(dayAt(offset), hours[stage], random.int(0, 50)) });
    if (index === 0 && pause > 0) {
      events.push({
        kind: "pause",
        stage,
        at: at(addWorkingDays(cal, submitDay, 1), 15),
        note: "Berkas dikembalikan untuk dilengkapi",
      });
      events.push({ kind: "resume", stage, at: at(addWorkingDays(cal, submitDay, 1 + pause), 8, 30) });
    }
    offset += durations[index];
  });
  const endDay = dayAt(offset);
  if (outcome === "withdrawn") {
    events.splice(3 + (pause > 0 ? 2 : 0));
    events.push({ kind: "outcome", stage: "withdrawn", at: at(endDay, 14, 30) });
  } else if (outcome === "rejected") {
    outcomeReason = random.pick(REJECTION_REASONS);
    events.push({ kind: "outcome", stage: "rejected", at: at(endDay, 14, 30), note: outcomeReason });
  } else {
    events.push({ kind: "stage", stage: "penyerahan", at: at(endDay, 14, 0) });
    events.push({ kind: "outcome", stage: "issued", at: at(endDay, 14, 5) });
  }
  // Keep what has happened by now; a pause without its resume leaves the file "returned".
  const happened = events.filter((event) => event.at.getTime() <= now.getTime());
  const last = happened[happened.length - 1];
  if (last?.kind === "stage" && last.stage === "penyerahan") happened.pop();
  return {
    events: happened,
    fileCompleteAt: submittedAt,
    outcomeReason: happened.some((e) => e.kind === "outcome") ? outcomeReason : null,
  };
}

/**
 * Two years of permit applications before `options.today` over every active licence type and the 46 kelurahan:
 * about 7,500 at scale 1. Deterministic; inserted in bulk in chunks of 2,000 (one transaction per chunk).
 */
export async function seedDemoApplications(db: Db, options: DemoSeedOptions): Promise<void> {
  if ((await db.application.count()) > 0) return;
  const random = createRandom(20_260_501);
  const cal = await loadWorkCalendar(db);
  const now = options.today;
  const today = toWibDate(now);
  const start = addCalendarDays(today, -730);
  const [licenseTypes, kelurahan, counters] = await Promise.all([
    db.licenseType.findMany({ where: { active: true }, orderBy: { code: "asc" } }),
    db.kelurahan.findMany({ orderBy: { code: "asc" } }),
    db.counter.findMany(),
  ]);
  const counterId = new Map(counters.map((c) => [c.code, c.id]));
  const weighted = licenseTypes.map((lt) => [lt, VOLUME_WEIGHTS[lt.code] ?? 2] as const);
  const total = Math.round(7_500 * options.scale);

  // Submission days: working days in the two years, slightly more each month (the office gets busier).
  const workingDays: string[] = [];
  for (let day = start; day <= today; day = addCalendarDays(day, 1)) if (isWorkingDay(cal, day)) workingDays.push(day);
  const dayIndex = new Map(workingDays.map((day, index) => [day, index]));
  const submitDays = Array.from(
    { length: total },
    () => workingDays[Math.min(workingDays.length - 1, Math.floor(random.next() ** 0.85 * workingDays.length))],
  ).sort();

  const CHUNK = 2_000;
  let sequence = 0;
  for (let offset = 0; offset < submitDays.length; offset += CHUNK) {
    const items: ApplicationWithEvents[] = [];
    for (const submitDay of submitDays.slice(offset, offset + CHUNK)) {
      sequence += 1;
      const lt = random.weighted(weighted);
      const kel = random.pick(kelurahan);
      const progress = (dayIndex.get(submitDay) ?? 0) / workingDays.length;
      const plan = planTimeline(random, cal, lt, submitDay, progress, now);
      if (plan.events.length === 0) continue; // submitted later today
      const isBusiness = lt.isBusiness;
      const feeCharged = random.chance(0.015) ? lt.tariff + random.pick([50_000, 100_000, 150_000]) : lt.tariff;
      const base = {
        registrationNo: `KDR-${submitDay.replace(/-/g, "")}-${String(sequence).padStart(6, "0")}`,
        licenseTypeId: lt.id,
        applicantName: isBusiness
          ? `${random.pick(BUSINESS_PREFIX)} ${random.pick(BUSINESS_WORDS)}`
          : `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        applicantKind: isBusiness ? "business" : "individual",
        kecamatanCode: kel.kecamatanCode,
        kelurahanCode: kel.code,
        submittedAt: plan.events[0].at,
        fileCompleteAt: plan.fileCompleteAt,
        outcomeReason: plan.outcomeReason,
        counterId: counterId.get(COUNTER_BY_TYPE[lt.code] ?? "L4") ?? null,
        feeCharged,
        slaDays: lt.slaDays,
        tariff: lt.tariff,
        investment: isBusiness ? demoInvestment(random, lt.code) : null,
      };
      const figures = deriveApplicationFigures(
        cal,
        {
          fileCompleteAt: base.fileCompleteAt,
          slaDays: lt.slaDays,
          feeCharged,
          tariff: lt.tariff,
          events: plan.events,
        },
        today,
      );
      const id = randomUUID();
      items.push({
        application: applicationRowData(id, base, figures),
        events: eventRowsData(id, lt.id, plan.events, figures),
      });
    }
    await replaceApplicationsBulk(items, db, { refreshStats: false });
    if (submitDays.length > 100_000 && offset % 100_000 === 0)
      options.log?.(`    applications ${offset + items.length}/${submitDays.length}`);
  }
  // Aggregates once at the end (the chunks above skip them to stay fast).
  await db.$transaction(async (tx) => refreshProcessingStats(tx, "all"), { timeout: 600_000, maxWait: 60_000 });
}
