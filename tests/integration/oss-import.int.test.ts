// Issue 17: the OSS-RBA "Data Proyek" import on the engine of this run. An OSS-shaped .xlsx made here (the exact OSS
// headers, a title row above them, bangunan_gedung missing, two projects under one NIB, one PMA in US$) is previewed,
// imported, re-imported without duplicates, linked to an application by NIB, and the investment trend equals the
// sum of the file; the same file as CSV gives the same result; malformed cells are named by line and column; undo.
// Everything is dated 2024, which no other test file uses.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/oss/projects/import/route";
import { POST as postUndo } from "@/app/api/v1/oss/imports/[id]/undo/route";
import { GET as getTrend } from "@/app/api/v1/investment/trend/route";
import { GET as getRealisation } from "@/app/api/v1/investment/realisation/route";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { importOssProjects } from "@/lib/oss/import-store";
import { OSS_EXPECTED_HEADERS } from "@/lib/oss/columns";
import { excelDate, workbookOf, type CellValue } from "../support/xlsx";

const admin = { id: null, label: "test:oss", role: "ADMIN" as const };
const NIB = "9120001234567";
let token = "";

const HEADERS = [...OSS_EXPECTED_HEADERS.filter((header) => header !== "bangunan_gedung"), "mata_uang", "kurs"];

type OssRow = Partial<Record<(typeof HEADERS)[number], CellValue>>;
const ROWS: OssRow[] = [
  {
    id_proyek: "R-202403200001",
    nib: NIB,
    nama_perusahaan: "PT Roti Kediri",
    tanggal_terbit_oss: excelDate("2024-03-20"),
    uraian_status_penanaman_modal: "PMDN",
    uraian_risiko_proyek: "Menengah Tinggi",
    uraian_skala_usaha: "Usaha Kecil",
    kab_kota_usaha: "KOTA KEDIRI",
    kecamatan_usaha: "KOTA",
    kelurahan_usaha: "SETONO PANDE",
    kbli: "10710",
    judul_kbli: "Industri Produk Roti dan Kue",
    jumlah_investasi: 12_000_000_000,
    pembelian_pematangan_tanah: 3_000_000_000,
    modal_kerja: 1_000_000_000,
    tki: 25,
  },
  {
    id_proyek: "R-202404020002",
    nib: NIB,
    nama_perusahaan: "PT Roti Kediri",
    tanggal_terbit_oss: "02/04/2024",
    uraian_status_penanaman_modal: "PMDN",
    uraian_skala_usaha: "Usaha Mikro",
    kecamatan_usaha: "Kec. Pesantren",
    kelurahan_usaha: "Burengan",
    kbli: "47111",
    jumlah_investasi: "800.000.000",
    tki: "4",
  },
  {
    id_proyek: "R-202405100003",
    nib: "9120007654321",
    nama_perusahaan: "PT Kimia Asing Indonesia",
    tanggal_terbit_oss: "10 Mei 2024",
    uraian_status_penanaman_modal: "Penanaman Modal Asing",
    uraian_skala_usaha: "Usaha Besar",
    kecamatan_usaha: "MOJOROTO",
    kelurahan_usaha: "BANDAR LOR",
    kbli: "20111",
    jumlah_investasi: "1.000.000",
    mesin_peralatan: 600_000,
    tki: 60,
    mata_uang: "USD",
    kurs: 15_500,
  },
];
// 12,000,000,000 + 800,000,000 + 1,000,000 US$ × 15,500 = 28,300,000,000 rupiah.
const FILE_SUM = "28300000000";

const ossXlsx = (rows: OssRow[]) =>
  workbookOf([
    ["Data Proyek OSS RBA — Kota Kediri"],
    HEADERS,
    ...rows.map((row) => HEADERS.map((h) => row[h] ?? null)),
  ]);

function ossCsv(rows: OssRow[]): string {
  const text = (value: CellValue | undefined) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : value === undefined || value === null
        ? ""
        : String(value);
  const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [HEADERS.join(";"), ...rows.map((row) => HEADERS.map((h) => quote(text(row[h]))).join(";"))].join("\r\n");
}

async function trend2024(): Promise<{ projects: number; investment: string }> {
  const response = await getTrend(
    new Request("http://localhost/api/v1/investment/trend?from=2024-01-01&to=2024-12-31&interval=year", {
      headers: { authorization: `Bearer ${token}` },
    }),
    {},
  );
  expect(response.status).toBe(200);
  return (await response.json()).totals;
}

let planBefore = { plannedInvestment: "", obligated: 0 };

/** LKPM plan of 2024 (one year point): planned rupiah of the non-mikro projects and the reports they owe. */
async function plan2024(): Promise<{ plannedInvestment: string; obligated: number }> {
  const response = await getRealisation(
    new Request("http://localhost/api/v1/investment/realisation?from=2024-01-01&to=2024-12-31&interval=year", {
      headers: { authorization: `Bearer ${token}` },
    }),
    {},
  );
  expect(response.status).toBe(200);
  const { series } = await response.json();
  expect(series).toHaveLength(1);
  return { plannedInvestment: series[0].plannedInvestment, obligated: series[0].obligated };
}

const post = (
  body: Uint8Array | string,
  query = "",
  type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
) =>
  postImport(
    new Request(`http://localhost/api/v1/oss/projects/import${query}`, {
      method: "POST",
      body: typeof body === "string" ? body : Buffer.from(body),
      headers: { authorization: `Bearer ${token}`, "content-type": type },
    }),
    {},
  );

const ids = ROWS.map((row) => String(row.id_proyek));
const stored = () => getDb().ossProject.findMany({ where: { idProyek: { in: ids } }, orderBy: { idProyek: "asc" } });

beforeAll(async () => {
  token = (await createApiToken({ name: "oss-import", role: "PLANNER" }, admin)).token;
  // The Lentera side of the first project: an issued IUI with the same NIB and KBLI, Rp5 M declared.
  const csv = [
    "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,nib,investmentValue,investmentCurrency,workersLocal,workersForeign,kbli,kbliVersion,origin",
    `503/0077/419.47/2024,IUI,PT Roti Kediri,business,Kota,Setono Pande,2024-03-04T09:00,2024-03-14T10:00,issued,0,L2,${NIB},5000000000,IDR,20,0,10710,2020,PMDN`,
  ].join("\n");
  expect(await importApplicationsCsv(csv, { actor: admin })).toMatchObject({ committed: true, created: 1 });
});

describe("OSS-RBA Data Proyek import", () => {
  it("before any import the 2024 trend is the application alone", async () => {
    expect(await trend2024()).toMatchObject({ projects: 1, investment: "5000000000" });
    planBefore = await plan2024();
  });

  it("previews: missing header named, rows to create, the link by NIB, the scale OSS disagrees on; stores nothing", async () => {
    const response = await post(await ossXlsx(ROWS), "?dryRun=1");
    expect(response.status).toBe(200);
    const { result } = await response.json();
    expect(result).toMatchObject({
      dryRun: true,
      committed: false,
      format: "xlsx",
      headerLine: 2,
      rows: 3,
      validRows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      linked: 1,
      totalInvestment: FILE_SUM,
      missingHeaders: ["bangunan_gedung"],
      missingHeaderMessages: ["kolom bangunan_gedung tidak ada"],
      errorCount: 0,
      scaleDifferenceCount: 1,
    });
    expect(
      result.plannedRows.map((row: { line: number; action: string; link: unknown }) => [
        row.line,
        row.action,
        row.link,
      ]),
    ).toEqual([
      [3, "create", { applicationId: expect.any(String), registrationNo: "503/0077/419.47/2024", basis: "nib_kbli" }],
      [4, "create", null],
      [5, "create", null],
    ]);
    // 12 M − land 3 M (buildings not in the file) = Rp9 M → menengah; OSS says kecil.
    expect(result.scaleDifferences).toEqual([
      {
        line: 3,
        idProyek: "R-202403200001",
        companyName: "PT Roti Kediri",
        ossScale: "Usaha Kecil",
        derivedScale: "menengah",
        basis: "excluding_land_buildings",
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("imports; the trend for 2024 equals the sum of the file (the linked application is not counted twice)", async () => {
    const response = await post(await ossXlsx(ROWS), "?fileName=data-proyek-2024-05.xlsx");
    expect(response.status).toBe(200);
    expect((await response.json()).result).toMatchObject({ committed: true, created: 3, linked: 1 });
    const projects = await stored();
    expect(
      projects.map((p) => [p.idProyek, p.nib, p.origin, p.scale, p.investmentValue, p.kecamatanCode, p.workers]),
    ).toEqual([
      ["R-202403200001", NIB, "PMDN", "menengah", 12_000_000_000n, "35.71.02", 25],
      ["R-202404020002", NIB, "PMDN", "mikro", 800_000_000n, "35.71.03", 4],
      ["R-202405100003", "9120007654321", "PMA", "besar", 15_500_000_000n, "35.71.01", 60],
    ]);
    expect(projects[2]).toMatchObject({
      currency: "USD",
      exchangeRate: "15500",
      investmentOriginalAmount: "1000000",
      machineryValue: 9_300_000_000n,
      ossScale: "Usaha Besar",
      originText: "Penanaman Modal Asing",
    });
    expect(projects[0]!.applicationId).not.toBeNull();
    expect(projects[0]).toMatchObject({ linkBasis: "nib_kbli", buildingValue: null, riskLevel: "Menengah Tinggi" });
    expect(await trend2024()).toEqual({ projects: 3, investment: FILE_SUM, workers: 89 });
    // LKPM plan (cumulative, so other files' earlier projects count too: compared with before the import): the
    // application (kecil Rp5 M, owing S1 and S2 2024) is replaced by its OSS project once, with OSS's figures
    // (menengah Rp12 M, issued 2024-03-20: TW1–TW4), plus the PMA (besar Rp15,5 M, 2024-05-10: TW2–TW4); the mikro
    // project owes nothing. Planned −5 M + 12 M + 15,5 M = +22,5 M; reports −2 + 4 + 3 = +5.
    expect(await plan2024()).toEqual({
      plannedInvestment: String(BigInt(planBefore.plannedInvestment) + 22_500_000_000n),
      obligated: planBefore.obligated + 5,
    });
  });

  it("re-importing the same file, as .xlsx or as CSV, changes nothing and duplicates nothing", async () => {
    const again = await importOssProjects(await ossXlsx(ROWS), { actor: admin });
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3, linked: 1 });
    const asCsv = await post(ossCsv(ROWS), "", "text/csv");
    expect((await asCsv.json()).result).toMatchObject({
      format: "csv",
      committed: true,
      created: 0,
      updated: 0,
      unchanged: 3,
      linked: 1,
      totalInvestment: FILE_SUM,
      missingHeaders: ["bangunan_gedung"],
    });
    expect((await stored()).length).toBe(3);
    expect(await trend2024()).toMatchObject({ projects: 3, investment: FILE_SUM });
  });

  it("next month's download updates a project; undo restores it", async () => {
    const next = ROWS.map((row) =>
      row.id_proyek === "R-202404020002" ? { ...row, jumlah_investasi: "900.000.000" } : row,
    );
    const updated = await importOssProjects(await ossXlsx(next), { actor: admin, now: new Date() });
    expect(updated).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 2 });
    expect(await trend2024()).toMatchObject({ investment: "28400000000" });
    const undo = await postUndo(
      new Request(`http://localhost/api/v1/oss/imports/${updated.importId}/undo`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({ id: updated.importId! }) },
    );
    expect(undo.status).toBe(200);
    expect((await undo.json()).undone).toEqual({ removed: 0, restored: 1 });
    expect(await trend2024()).toMatchObject({ investment: FILE_SUM });
  });

  it("malformed cells are reported by line and OSS column, and nothing is stored", async () => {
    const broken: OssRow[] = [
      ...ROWS,
      {
        ...ROWS[1],
        id_proyek: "R-202406010004",
        nib: "12345",
        tanggal_terbit_oss: "31/02/2024",
        jumlah_investasi: "satu miliar",
        uraian_status_penanaman_modal: "PMDN",
      },
      { ...ROWS[2], id_proyek: "R-202406010005", kurs: null },
      { ...ROWS[0] },
    ];
    const response = await post(await ossXlsx(broken));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.result.errors.map((e: { line: number; column: string }) => `${e.line}:${e.column}`)).toEqual([
      "6:nib",
      "6:tanggal_terbit_oss",
      "6:jumlah_investasi",
      "7:kurs",
      "8:id_proyek",
    ]);
    expect(body.error.fields["baris 7 / kurs"]).toBe("Kurs wajib diisi untuk mata uang USD (rupiah per 1 USD).");
    expect(await getDb().ossProject.count({ where: { idProyek: { in: ["R-202406010004", "R-202406010005"] } } })).toBe(
      0,
    );
    const missing = await post(
      await workbookOf([
        ["id_proyek", "nib"],
        ["R-1", NIB],
      ]),
    );
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.fields).toMatchObject({ nama_perusahaan: "kolom nama_perusahaan tidak ada" });
  });

  it("undoing the imports newest first removes the projects; the application counts again", async () => {
    const imports = await getDb().ossImport.findMany({ where: { undoneAt: null }, orderBy: { importedAt: "desc" } });
    const oldest = imports.at(-1)!;
    if (imports.length > 1) {
      const refused = await postUndo(
        new Request(`http://localhost/api/v1/oss/imports/${oldest.id}/undo`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ id: oldest.id }) },
      );
      expect(refused.status).toBe(409);
    }
    const { undoOssImport } = await import("@/lib/oss/undo-store");
    for (const record of imports) await undoOssImport({ importId: record.id, actor: admin, now: new Date() });
    expect(await stored()).toEqual([]);
    expect(await trend2024()).toMatchObject({ projects: 1, investment: "5000000000" });
    expect(await plan2024()).toEqual(planBefore);
  });
});
