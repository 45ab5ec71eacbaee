import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { APPLICATION_TABLE, listApplicationsPage } from "@/lib/applications/list-queries";
import { getProcessingDashboard } from "@/lib/applications/processing-dashboard-queries";
import { finishedFilesWhere } from "@/lib/applications/finished-files-filter";
import { parseFinishedFilesFilter } from "@/lib/applications/schemas";
import { DURATION_BUCKET_KEYS } from "@/lib/applications/duration-buckets";
import { parseTableParams } from "@/lib/table/schemas";

// Issue 16: a bar of the processing dashboard's duration distribution opens the applications list of its files, and
// the list holds exactly the bar's figure. Five finished files in July–September 2026 (no holiday on their days but
// 17 August): DUR-A the same day (0–2 working days), DUR-B and DUR-C 6 July → 15 July (7–8 working days, 6–10),
// DUR-D 6 July → 1 September (about 40, > 30), DUR-E finished in 2025 (outside the range); DUR-F still open.
const system = { id: null, label: "test", role: "ADMIN" as const };
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,rekomendasiTeknisAt,penetapanAt,returnedAt,resumedAt";
const ROWS = [
  "DUR-A,SPPL,Pemohon A,individual,Kota,Kemasan,2026-07-06T09:00,2026-07-06T15:00,issued,,L1,,,,,",
  "DUR-B,SPPL,Pemohon B,individual,Kota,Kemasan,2026-07-06T09:00,2026-07-15T15:00,issued,,L1,,,,,",
  "DUR-C,PBG,Pemohon C,individual,Mojoroto,Bandar Lor,2026-07-06T09:00,2026-07-15T15:00,issued,,L1,,,,,",
  "DUR-D,SPPL,Pemohon D,individual,Kota,Kemasan,2026-07-06T09:00,2026-09-01T15:00,issued,,L1,,,,,",
  "DUR-E,SPPL,Pemohon E,individual,Kota,Kemasan,2025-07-07T09:00,2025-07-16T15:00,issued,,L1,,,,,",
  "DUR-F,SPPL,Pemohon F,individual,Kota,Kemasan,2026-07-06T09:00,,in_process,,L1,,,,,",
];
const RANGE = { selesaiDari: "2026-07-01", selesaiSampai: "2026-09-30" };

let kota = "";
let types: { id: number; code: string }[] = [];

async function drill(raw: Record<string, string>) {
  const { where } = finishedFilesWhere(parseFinishedFilesFilter(raw), types);
  expect(where).not.toBeNull();
  const page = await listApplicationsPage(parseTableParams(APPLICATION_TABLE, { sort: "registrationNo" }), where);
  return { total: page.total, files: page.rows.map((row) => row.registrationNo) };
}

beforeAll(async () => {
  const result = await importApplicationsCsv([HEADER, ...ROWS].join("\n"), { actor: system });
  expect(result).toMatchObject({ committed: true, imported: 6 });
  kota = (await getDb().kecamatan.findFirstOrThrow({ where: { name: "Kota" } })).code;
  types = await getDb().licenseType.findMany({ select: { id: true, code: true } });
});

describe("duration bar drill-down", () => {
  it("lists the files of each bucket finished in the range", async () => {
    expect(await drill({ ...RANGE, hari: "0-2" })).toEqual({ total: 1, files: ["DUR-A"] });
    expect(await drill({ ...RANGE, hari: "6-10" })).toEqual({ total: 2, files: ["DUR-B", "DUR-C"] });
    expect(await drill({ ...RANGE, hari: ">30" })).toEqual({ total: 1, files: ["DUR-D"] });
    expect(await drill({ ...RANGE, hari: "11-15" })).toEqual({ total: 0, files: [] });
  });

  it("keeps the licence type and kecamatan of the dashboard", async () => {
    expect(await drill({ ...RANGE, hari: "6-10", licenseType: "PBG" })).toEqual({ total: 1, files: ["DUR-C"] });
    expect(await drill({ ...RANGE, hari: "6-10", kecamatan: kota })).toEqual({ total: 1, files: ["DUR-B"] });
  });

  it("combines with the search box", async () => {
    expect(await drill({ ...RANGE, hari: "6-10" }).then((all) => all.total)).toBe(2);
    const page = await listApplicationsPage(
      parseTableParams(APPLICATION_TABLE, { q: "Pemohon C" }),
      finishedFilesWhere(parseFinishedFilesFilter({ ...RANGE, hari: "6-10" }), types).where,
    );
    expect(page.rows.map((row) => row.registrationNo)).toEqual(["DUR-C"]);
  });

  it("holds exactly each bar's figure of the dashboard, for every bucket and slice", async () => {
    for (const slice of [{}, { kecamatanCode: kota }]) {
      const dashboard = await getProcessingDashboard(
        { from: RANGE.selesaiDari, to: RANGE.selesaiSampai, ...slice },
        new Date("2026-12-06T03:00:00Z"),
      );
      const bars = dashboard.distribution.map((bar) => bar.count);
      expect(bars).toEqual("kecamatanCode" in slice ? [1, 0, 1, 0, 0, 0, 1] : [1, 0, 2, 0, 0, 0, 1]);
      for (const key of DURATION_BUCKET_KEYS) {
        const bar = dashboard.distribution.find((candidate) => candidate.key === key)!;
        const list = await drill({ ...RANGE, hari: key, ...("kecamatanCode" in slice ? { kecamatan: kota } : {}) });
        expect(list.total, `${key} ${JSON.stringify(slice)}`).toBe(bar.count);
      }
    }
  });
});
