// SKM summary benchmark: loads 100k and 1M responses into fresh SQLite files under data/bench/ and times the summary
// (getSkmSummary: filter resolution, one SUM over SkmDailyAggregate, weight setting, population, engine) for a month,
// a quarter and a year, with and without filters. Run:
//   node --conditions=react-server --import tsx bench/skm-summary.ts [--sizes 100000,1000000] [--runs 40] [--reuse]
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDbClient } from "../lib/db/client";
import { getSkmSummary } from "../lib/skm/summary-queries";
import { computeSkmIndex } from "../lib/skm/compute-index";
import { percentile, median } from "../lib/applications/processing-stats";
import { SKM_2017_QUESTIONNAIRE } from "../lib/skm/questionnaires";
import { generateSkmBenchDb } from "./skm-generate";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    runs: { type: "string", default: "40" },
    reuse: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);

const CASES = [
  { name: "month", from: "2026-10-01", to: "2026-10-31" },
  { name: "quarter", from: "2026-07-01", to: "2026-09-30" },
  { name: "year", from: "2025-11-01", to: "2026-10-31" },
];

async function main() {
  const table: string[][] = [["responses", "aggregate rows", "period", "filter", "median ms", "p95 ms"]];
  for (const size of sizes) {
    const file = path.resolve("data/bench", `skm-${size}.db`);
    if (!values.reuse || !existsSync(file)) {
      const t0 = Date.now();
      await generateSkmBenchDb(file, size);
      console.log(`generated ${size} responses in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${file}`);
    }
    const db = createDbClient(`file:${file}`);
    const aggregateRows = await db.skmDailyAggregate.count();
    const lt = (await db.licenseType.findFirst({ where: { active: true }, orderBy: { id: "asc" } }))!;
    const counter = (await db.counter.findFirst({ orderBy: { id: "asc" } }))!;

    // Consistency: the aggregate summary equals the engine on sums taken directly from the responses (one month).
    const direct = (await db.$queryRawUnsafe(
      `SELECT COUNT(*) AS n, SUM(score) AS ss, SUM(score*score) AS sq, ${SKM_2017_QUESTIONNAIRE.elements
        .map(
          (e) =>
            `SUM(json_extract(answers,'$.${e.code}')) AS s_${e.code}, COUNT(json_extract(answers,'$.${e.code}')) AS n_${e.code}`,
        )
        .join(", ")} FROM SurveyResponse WHERE surveyDate BETWEEN '2026-10-01' AND '2026-10-31'`,
    )) as Record<string, number | bigint>[];
    const d = direct[0]!;
    const expected = computeSkmIndex({
      method: "2017",
      weight: "printed",
      respondents: Number(d.n),
      scoreSum: Number(d.ss),
      scoreSumSq: Number(d.sq),
      elements: SKM_2017_QUESTIONNAIRE.elements.map((e) => ({
        code: e.code,
        sum: Number(d[`s_${e.code}`]),
        count: Number(d[`n_${e.code}`]),
      })),
    });
    const fromAggregates = await getSkmSummary({ from: "2026-10-01", to: "2026-10-31", questionnaire: "SKM-2017" }, db);
    const consistent =
      expected.ikm === fromAggregates.ikm &&
      expected.respondents === fromAggregates.respondents &&
      JSON.stringify(expected.ci95) === JSON.stringify(fromAggregates.ci95);
    console.log(
      `consistency (Oct 2026, ${expected.respondents} responses): raw IKM ${expected.ikm} vs aggregates ${fromAggregates.ikm} → ${consistent ? "OK" : "MISMATCH"}`,
    );
    if (!consistent) process.exitCode = 1;

    for (const c of CASES) {
      for (const filter of [{}, { licenseType: lt.code, counter: counter.code, channel: "kiosk" as const }]) {
        const query = { from: c.from, to: c.to, questionnaire: "SKM-2017" as const, ...filter };
        for (let i = 0; i < 5; i++) await getSkmSummary(query, db); // warm-up
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          await getSkmSummary(query, db);
          times.push(performance.now() - t0);
        }
        table.push([
          String(size),
          String(aggregateRows),
          c.name,
          Object.keys(filter).length ? "licence+counter+channel" : "none",
          median(times)!.toFixed(2),
          percentile(times, 95)!.toFixed(2),
        ]);
      }
    }
    await db.$disconnect();
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const row of table) console.log(row.map((v, i) => v.padEnd(widths[i]!)).join(" | "));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
