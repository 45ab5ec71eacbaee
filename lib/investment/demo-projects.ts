/**
 * Pure generator of realistic demo/benchmark investment projects: many micro and small businesses, a few large
 * ones (capital log-uniform within each PP 7/2021 band), some PMA declared in US$ at a recorded exchange rate.
 * Deterministic for a given random source; no database, no clock.
 */
import { convertToRupiah, classifyBusinessScale } from "./derive";
import { sectorFromKbli } from "./sectors";
import type { Random } from "../seed/random";
import type { InvestmentColumns } from "../applications/import-rows";

/** Common KBLI 2020 codes for a mid-sized Javanese city (bakery, retail, restaurant, hotel, clinic, …). */
const DEMO_KBLI = [
  ["10792", 6],
  ["10750", 2],
  ["13121", 1],
  ["22220", 1],
  ["25111", 1],
  ["41011", 3],
  ["42101", 1],
  ["46900", 3],
  ["47111", 10],
  ["47772", 3],
  ["49421", 2],
  ["52101", 1],
  ["55111", 2],
  ["56101", 12],
  ["62019", 2],
  ["68111", 2],
  ["85499", 3],
  ["86103", 2],
  ["95230", 1],
  ["96021", 5],
  ["01111", 1],
  ["03221", 1],
] as const satisfies ReadonlyArray<readonly [string, number]>;

const SCALE_BANDS = [
  { weight: 62, min: 10_000_000, max: 1_000_000_000 },
  { weight: 24, min: 1_000_000_001, max: 5_000_000_000 },
  { weight: 9, min: 5_000_000_001, max: 10_000_000_000 },
  { weight: 5, min: 10_000_000_001, max: 500_000_000_000 },
] as const;

const APPLICANT_PREFIXES = ["CV", "PT", "UD", "Toko", "Warung", "Koperasi"] as const;
const APPLICANT_WORDS = [
  "Maju",
  "Jaya",
  "Sejahtera",
  "Brantas",
  "Kediri",
  "Sentosa",
  "Makmur",
  "Lestari",
  "Abadi",
  "Gumul",
] as const;

export type DemoProject = InvestmentColumns & {
  applicantName: string;
  investmentOriginalAmount: string;
  origin: "PMA" | "PMDN";
};

function logUniform(random: Random, min: number, max: number): number {
  return Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));
}

/**
 * One project's investment fields, consistent with the derivations (scale from capital, sector from KBLI).
 * `kbli` fixes the business line (e.g. one that fits the licence type); otherwise a common one is drawn.
 */
export function generateDemoProject(random: Random, kbli?: string): DemoProject {
  const band = random.weighted(SCALE_BANDS.map((b) => [b, b.weight] as const));
  const rupiahTarget = logUniform(random, band.min, band.max);
  const isForeign = band.min > 1_000_000_000 && random.chance(band.min > 10_000_000_000 ? 0.35 : 0.08);
  kbli ??= random.weighted(DEMO_KBLI);
  const sector = sectorFromKbli(kbli, "2020");
  if (!sector.ok) throw new Error(`demo KBLI ${kbli} is invalid: ${sector.error.message}`);
  let investmentValue = BigInt(Math.round(rupiahTarget / 1000) * 1000);
  let originalAmount = investmentValue.toString();
  let exchangeRate: string | null = null;
  let currency = "IDR";
  if (isForeign && random.chance(0.7)) {
    currency = "USD";
    exchangeRate = `${random.int(15_400, 16_450)}.${String(random.int(0, 99)).padStart(2, "0")}`;
    originalAmount = String(Math.max(1000, Math.round(rupiahTarget / Number(exchangeRate) / 100) * 100));
    const converted = convertToRupiah(originalAmount, currency, exchangeRate);
    if (!converted.ok) throw new Error(converted.error.message);
    investmentValue = converted.value;
  }
  const origin = isForeign ? "PMA" : "PMDN";
  // The demo declares no land/building breakdown, so its scale comes from the total (flagged as such).
  const { scale, basis } = classifyBusinessScale({ origin, investmentRupiah: investmentValue });
  const workersByScale = { mikro: [1, 4], kecil: [5, 19], menengah: [20, 99], besar: [100, 1200] } as const;
  const [minWorkers, maxWorkers] = workersByScale[scale];
  return {
    applicantName: `${random.pick(APPLICANT_PREFIXES)} ${random.pick(APPLICANT_WORDS)} ${random.pick(APPLICANT_WORDS)}`,
    investmentValue,
    investmentCurrency: currency,
    investmentOriginalAmount: originalAmount,
    exchangeRate,
    workersLocal: random.int(minWorkers, maxWorkers),
    workersForeign: isForeign ? random.int(1, 8) : 0,
    kbli,
    kbliVersion: "2020",
    sector: sector.value.code,
    sectorGroup: sector.value.group,
    origin,
    scale,
    landValue: null,
    buildingValue: null,
    scaleBasis: basis,
  };
}
