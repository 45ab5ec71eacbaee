import "server-only";
import type { Db } from "../db/client";
import { seedDemoUsers } from "./demo-users";
import { seedReferenceData } from "./reference";
import { seedDemoComplaints } from "./demo-complaints";
import { seedDemoSurveyChannels } from "./demo-survey-channels";
import { seedDemoApplications } from "./demo-applications";
import { seedDemoSkmReports, seedDemoSkmResponses } from "./demo-skm-responses";
import { seedDemoCompensation, seedDemoFollowUp } from "./demo-follow-up";
import { seedDemoLinkedResponses } from "./demo-linked-responses";
import { seedDemoInvestmentTargets } from "./demo-investment-targets";
import { seedDemoInvestmentRealisations } from "./demo-investment-realisations";
import { seedDemoAttendance } from "./demo-attendance";
import { seedDemoOutreach } from "./demo-outreach";
import { publishedOn } from "./demo-skm-responses";
import { periodOf, previousPeriod } from "../periods/periods";
import { toWibDate } from "../calendar/working-days";

export type DemoSeedOptions = {
  /** Multiplies data volumes (1 = a realistic office over two years; 100 = benchmark scale). */
  scale: number;
  /** "Today" of the demo: data is generated for the two years before it. */
  today: Date;
  log?: (line: string) => void;
};

type DemoSeeder = { name: string; run: (db: Db, options: DemoSeedOptions) => Promise<void> };

/** Each module adds its demo data here, in dependency order (reference data first). */
export const DEMO_SEEDERS: DemoSeeder[] = [
  { name: "users", run: (db) => seedDemoUsers(db) },
  { name: "survey-channels", run: seedDemoSurveyChannels },
  { name: "applications", run: (db, options) => seedDemoApplications(db, options) },
  { name: "investment-realisations", run: (db, options) => seedDemoInvestmentRealisations(db, options) },
  { name: "skm-responses", run: (db, options) => seedDemoSkmResponses(db, options) },
  { name: "linked-responses", run: (db) => seedDemoLinkedResponses(db) },
  { name: "follow-up", run: seedDemoFollowUp },
  { name: "skm-reports", run: seedDemoSkmReports },
  { name: "compensation", run: seedDemoCompensation },
  { name: "investment-targets", run: (db, options) => seedDemoInvestmentTargets(db, options) },
  { name: "complaints", run: (db, options) => seedDemoComplaints(db, options) },
  { name: "attendance", run: seedDemoAttendance },
  { name: "outreach", run: seedDemoOutreach },
  { name: "published-figures", run: seedDemoPublishedFigures },
];

/** The on-time rate of the last complete quarter, published as the public home shows it. */
async function seedDemoPublishedFigures(db: Db, options: DemoSeedOptions): Promise<void> {
  // Loaded here, not at the top: starting an office without demo data never needs the publishing modules.
  const { publishOnTimeRate } = await import("../applications/on-time-publication");
  const { getSnapshot } = await import("../publication/queries");
  const lastQuarter = previousPeriod(periodOf("quarter", toWibDate(options.today)));
  if (await getSnapshot("processing-on-time", lastQuarter.key, undefined, db)) return;
  await publishOnTimeRate(
    {
      periodKey: lastQuarter.key,
      actor: { id: null, label: "system", role: "ADMIN" },
      now: publishedOn(lastQuarter.to, options.today),
    },
    db,
  );
}

export async function seedDemo(db: Db, options: DemoSeedOptions): Promise<void> {
  await seedReferenceData(db);
  for (const seeder of DEMO_SEEDERS) {
    const started = Date.now();
    await seeder.run(db, options);
    options.log?.(`  seed ${seeder.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

export { seedReferenceData };
