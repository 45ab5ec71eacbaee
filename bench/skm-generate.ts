// Benchmark data generator: N SKM-2017 responses over two years into a fresh SQLite file, written directly with
// better-sqlite3 prepared statements (fast), with SkmDailyAggregate rows built by the same pure functions the
// response store uses (aggregateIncrements/addIncrements/elementColumns), so responses and aggregates agree.
// bench/skm-summary.ts checks that agreement on the generated file before timing anything.
import Database from "better-sqlite3";
import { rmSync, mkdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/db/lifecycle";
import { addCalendarDays, isoWeekday, wibStartOfDay } from "../lib/calendar/working-days";
import {
  addIncrements,
  aggregateIncrements,
  elementColumns,
  respondentScore,
  type AggregateIncrements,
} from "../lib/skm/aggregate-row";
import { SKM_2017_QUESTIONNAIRE, INFO_SOURCE_OPTIONS } from "../lib/skm/questionnaires";
import { createRandom } from "../lib/seed/random";
import { seedReferenceData } from "../lib/seed/reference";
import { createDbClient } from "../lib/db/client";

export const BENCH_LAST_DAY = "2026-10-31";
export const BENCH_FIRST_DAY = addCalendarDays(BENCH_LAST_DAY, -729);

export async function generateSkmBenchDb(file: string, responses: number): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  applyMigrations(url, { quiet: true });
  const prisma = createDbClient(url);
  await seedReferenceData(prisma);
  await prisma.$disconnect();

  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const licenseTypes = db.prepare("SELECT id FROM LicenseType WHERE active = 1 ORDER BY id").all() as { id: number }[];
  const counters = db.prepare("SELECT id FROM Counter ORDER BY id").all() as { id: number }[];
  // Each licence type is served at two counters, as in a real office.
  const countersOf = new Map(
    licenseTypes.map((lt, i) => [lt.id, [counters[i % counters.length]!.id, counters[(i + 1) % counters.length]!.id]]),
  );
  const days: string[] = [];
  for (let d = BENCH_FIRST_DAY; d <= BENCH_LAST_DAY; d = addCalendarDays(d, 1)) if (isoWeekday(d) <= 5) days.push(d);
  const perDay = responses / days.length;

  const insertResponse = db.prepare(
    `INSERT INTO SurveyResponse (id, questionnaire, submittedAt, surveyDate, channel, licenseTypeId, counterId, age, sex, education, occupation, infoSource, comment, answers, score, createdAt)
     VALUES (?, 'SKM-2017', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const cols = Array.from({ length: 14 }, (_, i) => [`s${i + 1}`, `n${i + 1}`]).flat();
  const insertAggregate = db.prepare(
    `INSERT INTO SkmDailyAggregate (day, questionnaire, licenseTypeId, counterId, channel, respondents, scoreSum, scoreSumSq, ${cols.join(", ")})
     VALUES (?, 'SKM-2017', ?, ?, ?, ?, ?, ?, ${cols.map(() => "?").join(", ")})`,
  );
  const random = createRandom(42);
  const channels = ["link", "qr", "kiosk", "web", "paper"] as const;
  let written = 0;
  let carry = 0;
  const writeDay = db.transaction((day: string, count: number, progress: number) => {
    const slices = new Map<string, { lt: number; counter: number; channel: string; inc: AggregateIncrements }>();
    for (let i = 0; i < count; i++) {
      const mood = 3.1 + 0.6 * progress + (random.next() - 0.5) * 0.8;
      const answers: Record<string, number | null> = {};
      for (const el of SKM_2017_QUESTIONNAIRE.elements) {
        answers[el.code] = random.chance(0.01)
          ? null
          : Math.max(1, Math.min(4, Math.round(mood + (random.next() - 0.5) * 1.4 - (el.code === "U3" ? 0.4 : 0))));
      }
      if (Object.values(answers).every((v) => v === null)) answers.U1 = 3;
      const lt = random.pick(licenseTypes).id;
      const counter = random.pick(countersOf.get(lt)!);
      const channel = random.pick(channels);
      const at = new Date(wibStartOfDay(day).getTime() + random.int(8 * 60, 15 * 60) * 60_000)
        .toISOString()
        .replace("Z", "+00:00");
      written += 1;
      insertResponse.run(
        `bench${String(written).padStart(9, "0")}`,
        at,
        day,
        channel,
        lt,
        counter,
        random.int(18, 70),
        random.chance(0.5) ? "L" : "P",
        "s1",
        "swasta",
        random.pick(INFO_SOURCE_OPTIONS).value,
        random.chance(0.1) ? "Pelayanan cukup baik" : null,
        JSON.stringify(answers),
        respondentScore(SKM_2017_QUESTIONNAIRE, answers)!,
        at,
      );
      const key = `${lt}|${counter}|${channel}`;
      const inc = aggregateIncrements(SKM_2017_QUESTIONNAIRE, answers);
      const prev = slices.get(key);
      slices.set(key, { lt, counter, channel, inc: prev ? addIncrements(prev.inc, inc) : inc });
    }
    for (const s of slices.values()) {
      const c = elementColumns(s.inc);
      insertAggregate.run(
        day,
        s.lt,
        s.counter,
        s.channel,
        s.inc.respondents,
        s.inc.scoreSum,
        s.inc.scoreSumSq,
        ...cols.map((k) => c[k]!),
      );
    }
  });
  days.forEach((day, index) => {
    carry += perDay;
    const count = Math.floor(carry);
    carry -= count;
    writeDay(day, count, index / days.length);
  });
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
}
