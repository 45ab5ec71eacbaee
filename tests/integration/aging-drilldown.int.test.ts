import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { openAgeDrill } from "@/lib/applications/aging-drilldown-queries";
import { AGING_BUCKET_KEYS } from "@/lib/applications/processing-stats";
import { parseTableParams } from "@/lib/table/schemas";

// Issue 16: a bar of the processing dashboard's aging chart opens the applications list of its open files, and the
// list holds exactly the bar's figure. Today is Sunday 6 December 2026 (no holiday from 16 November on). Ages in
// working days after the submission day, less the paused days:
// AGE-A 4 Dec (Fri): 0 → "0-5"; AGE-B 27 Nov (Fri): 30 Nov–4 Dec = 5 → "0-5"; AGE-C 26 Nov (Thu): 6 → "6-10";
// AGE-D 16 Nov (Mon, PBG, Mojoroto): 17–20, 23–27, 30 Nov–4 Dec = 14 → "11-20";
// AGE-E 16 Nov, returned to the applicant on 23 Nov and still waiting: 14 − 10 paused (23 Nov–4 Dec) = 4 → "0-5";
// AGE-F 1 Oct: > 20 (and overdue); AGE-G finished, AGE-H withdrawn: not open, in no bar.
const system = { id: null, label: "test", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";
const ROWS = [
  "AGE-A,SPPL,Pemohon A,individual,Kota,Kemasan,2026-12-04T09:00,,in_process,,L1,,,,,",
  "AGE-B,SPPL,Pemohon B,individual,Kota,Kemasan,2026-11-27T09:00,,in_process,,L1,,,,,",
  "AGE-C,SPPL,Pemohon C,individual,Kota,Kemasan,2026-11-26T09:00,,in_process,,L1,,,,,",
  "AGE-D,PBG,Pemohon D,individual,Mojoroto,Bandar Lor,2026-11-16T09:00,,in_process,,L1,,,,,",
  "AGE-E,SPPL,Pemohon E,individual,Kota,Kemasan,2026-11-16T09:00,,returned,,L1,,,,2026-11-23T10:00,",
  "AGE-F,SPPL,Pemohon F,individual,Kota,Kemasan,2026-10-01T09:00,,in_process,,L1,,,,,",
  "AGE-G,SPPL,Pemohon G,individual,Kota,Kemasan,2026-11-30T09:00,2026-12-01T15:00,issued,,L1,,,,,",
  "AGE-H,SPPL,Pemohon H,individual,Kota,Kemasan,2026-11-30T09:00,2026-12-01T15:00,withdrawn,,L1,,,,,",
];
const NOW = new Date("2026-12-06T03:00:00Z");

let kota = "";
let types: { id: number; code: string }[] = [];

// The run's database is shared with the other files: the exact lists read this file's rows (search "AGE-"), the
// bar-against-list check reads everything.
async function drill(raw: Record<string, string>, q = "AGE-") {
  const { where } = await openAgeDrill(raw, types, NOW);
  expect(where).not.toBeNull();
  const page = await listApplicationsPage(parseTableParams(APPLICATION_TABLE, { sort: "registrationNo", q }), where);
  return { total: page.total, files: page.rows.map((row) => row.registrationNo) };
}

beforeAll(async () => {
  const result = await importApplicationsCsv([HEADER, ...ROWS].join("\n"), { actor: system });
  expect(result).toMatchObject({ committed: true, imported: ROWS.length });
  kota = (await getDb().kecamatan.findFirstOrThrow({ where: { name: "Kota" } })).code;
  types = await getDb().licenseType.findMany({ select: { id: true, code: true } });
});

describe("aging bar drill-down", () => {
  it("lists the open files of each bucket, pauses taken off their age", async () => {
    expect(await drill({ umur: "0-5" })).toEqual({ total: 3, files: ["AGE-A", "AGE-B", "AGE-E"] });
    expect(await drill({ umur: "6-10" })).toEqual({ total: 1, files: ["AGE-C"] });
    expect(await drill({ umur: "11-20" })).toEqual({ total: 1, files: ["AGE-D"] });
    expect(await drill({ umur: ">20" })).toEqual({ total: 1, files: ["AGE-F"] });
  });

  it("keeps the licence type and kecamatan of the dashboard, and refuses an unknown licence type", async () => {
    expect(await drill({ umur: "11-20", licenseType: "PBG" })).toEqual({ total: 1, files: ["AGE-D"] });
    expect(await drill({ umur: "11-20", kecamatan: kota })).toEqual({ total: 0, files: [] });
    expect(await drill({ umur: "0-5", licenseType: "PBG" })).toEqual({ total: 0, files: [] });
    expect(await openAgeDrill({ umur: "0-5", licenseType: "NOPE" }, types, NOW)).toMatchObject({
      where: null,
      invalid: "licenseType",
    });
  });

  it("combines with the search box", async () => {
    const { where } = await openAgeDrill({ umur: "0-5" }, types, NOW);
    const page = await listApplicationsPage(parseTableParams(APPLICATION_TABLE, { q: "Pemohon E" }), where);
    expect(page.rows.map((row) => row.registrationNo)).toEqual(["AGE-E"]);
  });

  it("holds exactly each bar's figure of the dashboard, for every bucket and slice", async () => {
    const slices: { filter: { kecamatanCode?: string; licenseTypeId?: number }; raw: Record<string, string> }[] = [
      { filter: {}, raw: {} },
      { filter: { kecamatanCode: kota }, raw: { kecamatan: kota } },
      { filter: { licenseTypeId: types.find((lt) => lt.code === "PBG")!.id }, raw: { licenseType: "PBG" } },
    ];
    for (const slice of slices) {
      const dashboard = await getProcessingDashboard(
        { from: "2026-01-01", to: "2026-12-06", licenseTypeId: null, kecamatanCode: null, ...slice.filter },
        NOW,
      );
      expect(dashboard.aging.total).toBeGreaterThan(0);
      for (const key of AGING_BUCKET_KEYS) {
        const bar = dashboard.aging.buckets.find((candidate) => candidate.key === key)!;
        const list = await drill({ umur: key, ...slice.raw }, "");
        expect(list.total, `${key} ${JSON.stringify(slice.raw)}`).toBe(bar.count);
      }
    }
  });
});
