// Benchmark: import a 100k-row OSS-RBA "Data Proyek" .xlsx into a fresh SQLite database (issue 17: ≤ 512 MB RSS).
// Run: node --conditions=react-server --import tsx bench/oss-import.ts [rows] [--csv] [--heap=256]   (2 cores)
// Writes data/bench/oss-<rows>.xlsx (generated in a child process with exceljs' streaming writer and shared strings,
// as Excel saves them; skipped when the file exists), then runs each phase in a fresh child process and prints its
// time, peak RSS (the process's maxRSS, i.e. including Node, Prisma and exceljs themselves) and longest event-loop
// stall: a read-only pass over the rows (the reference), the preview (dry run), the import, and a re-import of the
// same file (every row unchanged). Times are also given as a ratio to the read pass of the same machine.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { DbArgs } from "../lib/db/client";

const rows = Number(process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : 100_000);
const asCsv = process.argv.includes("--csv");
const dir = path.join("data", "bench");
const file = path.join(dir, `oss-${rows}.${asCsv ? "csv" : "xlsx"}`);
const dbFile = path.join(dir, "oss-import.db");
process.env.DATABASE_URL = `file:./${dbFile}`;

const HEADERS = [
  "id_proyek", "nib", "npwp_perusahaan", "nama_perusahaan", "tanggal_terbit_oss", "day_of_tanggal_pengajuan_proyek",
  "uraian_status_penanaman_modal", "uraian_jenis_perusahaan", "uraian_risiko_proyek", "uraian_skala_usaha",
  "kab_kota_usaha", "kecamatan_usaha", "kelurahan_usaha", "latitude", "longitude", "kbli", "judul_kbli",
  "kl_sektor_pembina", "luas_tanah", "jumlah_investasi", "mesin_peralatan", "mesin_peralatan_impor",
  "pembelian_pematangan_tanah", "bangunan_gedung", "modal_kerja", "lain_lain", "tki",
]; // prettier-ignore

async function generate() {
  const ExcelJS = (await import("exceljs")).default;
  const { createRandom } = await import("../lib/seed/random");
  const { loadAreaSeed } = await import("../lib/reference/reference-data");
  const random = createRandom(17_000);
  const { kelurahan, kecamatan } = loadAreaSeed();
  const kecName = new Map(kecamatan.map((k) => [k.code, k.name]));
  const kblis = [
    ["10710", "Industri Produk Roti dan Kue"],
    ["47111", "Perdagangan Eceran Berbagai Macam Barang"],
    ["56101", "Restoran"],
    ["62019", "Aktivitas Pemrograman Komputer Lainnya"],
    ["20111", "Industri Kimia Dasar Anorganik Khlor dan Alkali"],
  ] as const;
  const rowOf = (i: number) => {
    const kel = random.pick(kelurahan);
    const [kbli, title] = random.pick(kblis);
    const pma = random.chance(0.05);
    const total = random.int(50, 20_000) * 1_000_000;
    const land = Math.floor(total * 0.2);
    const building = Math.floor(total * 0.3);
    const issued = new Date(Date.UTC(2023, 0, 2) + random.int(0, 900) * 86_400_000);
    return [
      `R-${String(20230000000000 + i)}`,
      String(9_120_000_000_000 + Math.floor(i / 2)),
      `01.234.567.8-${String(i % 1000).padStart(3, "0")}.000`,
      `PT Usaha Bench ${Math.floor(i / 2)}`,
      issued,
      issued,
      pma ? "PMA" : "PMDN",
      "Perseroan Terbatas (PT)",
      random.pick(["Rendah", "Menengah Rendah", "Menengah Tinggi", "Tinggi"]),
      random.pick(["Usaha Mikro", "Usaha Kecil", "Usaha Menengah", "Usaha Besar"]),
      "KOTA KEDIRI",
      kecName.get(kel.kecamatanCode)!.toUpperCase(),
      kel.name.toUpperCase(),
      "-7.8166",
      "112.0112",
      kbli,
      title,
      "Kementerian Perindustrian",
      String(random.int(50, 5000)),
      total,
      Math.floor(total * 0.25),
      0,
      land,
      building,
      total - land - building - Math.floor(total * 0.25),
      0,
      random.int(1, 200),
    ];
  };
  if (asCsv) {
    const { createWriteStream } = await import("node:fs");
    const out = createWriteStream(file);
    out.write(HEADERS.join(";") + "\n");
    for (let i = 1; i <= rows; i += 1) {
      const cells = rowOf(i).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
      if (!out.write(cells.join(";") + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet("Data Proyek");
  sheet.addRow(HEADERS).commit();
  for (let i = 1; i <= rows; i += 1) {
    const row = sheet.addRow(rowOf(i));
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.getCell(6).numFmt = "dd/mm/yyyy";
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

type Phase = "read" | "preview" | "import" | "re-import";
const PHASES: Phase[] = ["read", "preview", "import", "re-import"];

/** One phase in this (fresh) process: prints a JSON line with seconds, peak RSS, longest stall and a summary. */
async function runPhase(phase: Phase) {
  const { openSpreadsheet } = await import("../lib/spreadsheet/read");
  const { importOssProjects } = await import("../lib/oss/import-store");
  const { disconnectDb } = await import("../lib/db/client");
  const { readFileSync } = await import("node:fs");
  const bytes = new Uint8Array(readFileSync(file));
  const actor = { id: null, label: "bench", role: "ADMIN" as const };
  let lastTick = performance.now();
  let stall = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - lastTick);
    lastTick = now;
  }, 10);
  const baseline = process.memoryUsage.rss();
  const started = performance.now();
  let summary: string;
  if (phase === "read") {
    const sheet = await openSpreadsheet({ bytes });
    let count = 0;
    for await (const row of sheet.rows()) count += row.line > 0 ? 1 : 0;
    summary = `${count} rows`;
  } else {
    const result = await importOssProjects(bytes, { actor, dryRun: phase === "preview" });
    summary = `${result.rows} rows, ${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errorCount} errors, ${result.scaleDifferenceCount} scale differences`;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  await disconnectDb();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({ phase, seconds, peak, baseline, stall: Math.max(stall, performance.now() - lastTick), summary }),
  );
}

async function main() {
  mkdirSync(dir, { recursive: true });
  const phaseArgument = process.argv.find((argument) => argument.startsWith("--phase="));
  if (phaseArgument) return runPhase(phaseArgument.slice("--phase=".length) as Phase);
  if (process.argv.includes("--generate-only")) {
    const started = Date.now();
    await generate();
    console.log(`generated ${rows} rows → ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  const heap = process.argv.find((argument) => argument.startsWith("--heap="))?.slice("--heap=".length);
  const self = (...args: string[]) =>
    execFileSync(
      process.execPath,
      [
        ...(heap && args.some((argument) => argument.startsWith("--phase=")) ? [`--max-old-space-size=${heap}`] : []),
        "--conditions=react-server",
        "--import",
        "tsx",
        process.argv[1]!,
        String(rows),
        ...args,
        ...(asCsv ? ["--csv"] : []),
      ],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
  if (!existsSync(file)) process.stdout.write(self("--generate-only"));
  console.log(
    `${rows} rows in ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB); 2 cores; each phase in a fresh process ${heap ? `with --max-old-space-size=${heap} (as npm run import:oss)` : "with Node's default heap"}`,
  );
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  const { applyMigrations } = await import("../lib/db/lifecycle");
  applyMigrations(process.env.DATABASE_URL as string, { quiet: true });
  const { getDb, disconnectDb, perEngine } = await import("../lib/db/client");
  const { seedReferenceData } = await import("../lib/seed/reference");
  await seedReferenceData(getDb());
  await disconnectDb();
  const mb = (value: number) => `${(value / 1e6).toFixed(0)} MB`;
  let reference = 0;
  for (const phase of PHASES) {
    const output = self(`--phase=${phase}`).trim().split("\n").at(-1)!;
    const figures = JSON.parse(output) as {
      seconds: number;
      peak: number;
      baseline: number;
      stall: number;
      summary: string;
    };
    if (reference === 0) reference = figures.seconds;
    console.log(
      `${phase}: ${figures.seconds.toFixed(1)} s (${(figures.seconds / reference).toFixed(2)}× the read pass), peak RSS ${mb(figures.peak)} (process at start ${mb(figures.baseline)}), longest event-loop stall ${Math.round(figures.stall)} ms — ${figures.summary}`,
    );
  }
  const db = getDb();
  const args = { _sum: { projects: true } } satisfies DbArgs.InvestmentDayStatAggregateArgs;
  const stats = await perEngine(db, {
    sqlite: (c) => c.investmentDayStat.aggregate(args),
    postgresql: (c) => c.investmentDayStat.aggregate(args),
  });
  console.log(
    `stored: ${await db.ossProject.count()} projects; InvestmentDayStat counts ${stats._sum.projects} projects`,
  );
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
