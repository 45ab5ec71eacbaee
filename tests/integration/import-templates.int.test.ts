// Issue 17: every import reads .xlsx as well as CSV through one reader. For each import, the downloadable template is
// filled in (typed Excel cells and Indonesian text) and imported; malformed cells are reported by line and column.
// Rows use 2022 (applications, LKPM, OSS), 2021 (responses) and 2033 (holidays, removed at the end: other files
// rely on which years are covered) so other files' figures stay apart.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getDb } from "@/lib/db/client";
import { GET as getTemplate } from "@/app/api/v1/import-templates/[kind]/route";
import { POST as postPreview } from "@/app/api/v1/import-preview/route";
import { createApiToken } from "@/lib/users/user-store";
import { buildTemplateFile } from "@/lib/imports/templates";
import { IMPORT_TEMPLATES } from "@/lib/imports/template-kinds";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { undoResponseImport } from "@/lib/skm/response-import-store";
import { importRealisationsCsv } from "@/lib/investment/realisation-store";
import { withLkpmPeriodStats } from "@/lib/investment/lkpm-period-stat-store";
import { importHolidayYear } from "@/lib/calendar/calendar-store";
import { importOssProjects } from "@/lib/oss/import-store";
import { undoOssImport } from "@/lib/oss/undo-store";
import { excelDate, fillTemplate, workbookOf } from "../support/xlsx";

const admin = { id: null, label: "test:templates", role: "ADMIN" as const };
const NOW = new Date("2026-06-01T03:00:00Z");

const template = async (kind: keyof typeof IMPORT_TEMPLATES) => (await buildTemplateFile(kind)).bytes;
const headerOf = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1) as string[];
};

/** A row in the template's column order from values by column name (absent = empty). */
const inOrder = (header: readonly string[], values: Record<string, string | number | Date>) =>
  header.map((column) => values[column] ?? null);

describe("import templates round-trip (template → filled → imported)", () => {
  it("applications: typed dates and numbers, Indonesian text, a PMA in USD; a malformed cell names line and column", async () => {
    const bytes = await template("applications");
    const header = await headerOf(bytes);
    expect(header).toEqual(IMPORT_TEMPLATES.applications.columns.map((column) => column.key));
    const filled = await fillTemplate(bytes, [
      inOrder(header, {
        registrationNo: "503/0001/419.47/2022",
        licenseType: "REKLAME",
        applicantName: "Budi",
        applicantKind: "individual",
        kecamatan: "Kota",
        kelurahan: "Setono Pande",
        submittedAt: excelDate("2022-03-07T09:00"),
        completedAt: "11/03/2022 14.00",
        status: "issued",
        feeCharged: "350.000",
        counter: "L1",
      }),
      inOrder(header, {
        registrationNo: "503/0002/419.47/2022",
        licenseType: "IUI",
        applicantName: "PT Contoh Asing",
        applicantKind: "business",
        kecamatan: "Pesantren",
        kelurahan: "Burengan",
        submittedAt: "07/03/2022 08:00",
        completedAt: excelDate("2022-03-14T10:00"),
        status: "issued",
        feeCharged: 0,
        counter: "L2",
        investmentValue: "1.250.000,50",
        investmentCurrency: "USD",
        exchangeRate: 14350.5,
        workersLocal: 40,
        workersForeign: "2",
        kbli: "10710",
        kbliVersion: "2020",
        origin: "PMA",
      }),
    ]);
    expect(await importApplicationsCsv(filled, { actor: admin, now: NOW })).toMatchObject({
      committed: true,
      created: 2,
      errors: [],
    });
    const db = getDb();
    const budi = await db.application.findUniqueOrThrow({ where: { registrationNo: "503/0001/419.47/2022" } });
    expect(budi.submittedAt.toISOString()).toBe("2022-03-07T02:00:00.000Z"); // 09:00 WIB
    expect(budi.finishedAt?.toISOString()).toBe("2022-03-11T07:00:00.000Z");
    expect(budi.feeCharged).toBe(350_000);
    const pma = await db.application.findUniqueOrThrow({ where: { registrationNo: "503/0002/419.47/2022" } });
    // 1,250,000.50 USD × 14,350.5 = 17,938,132,175.25 → 17,938,132,175 (half-up).
    expect(pma.investmentValue).toBe(17_938_132_175n);
    expect(pma).toMatchObject({ investmentOriginalAmount: "1250000.50", exchangeRate: "14350.5", scale: "besar" });

    // The same file again changes nothing (upsert by registration number).
    expect(await importApplicationsCsv(filled, { actor: admin, now: NOW })).toMatchObject({ created: 0, updated: 2 });

    const broken = await fillTemplate(bytes, [
      inOrder(header, {
        registrationNo: "503/0003/419.47/2022",
        licenseType: "REKLAME",
        applicantName: "Sari",
        applicantKind: "individual",
        kecamatan: "Kota",
        kelurahan: "Setono Pande",
        submittedAt: "31/02/2022",
        completedAt: "11/03/2022",
        status: "issued",
        feeCharged: "tiga ratus",
        counter: "L1",
      }),
    ]);
    const rejected = await importApplicationsCsv(broken, { actor: admin, now: NOW });
    expect(rejected.committed).toBe(false);
    expect(rejected.errors.map((error) => `${error.line}:${error.column}`)).toEqual(["2:submittedAt", "2:feeCharged"]);
    expect(rejected.errors[0]!.message).toContain('"31/02/2022"');
  });

  it("LKPM reports: a filled template is stored for the PMA above, idempotently", async () => {
    const bytes = await template("realisations");
    const header = await headerOf(bytes);
    const filled = await fillTemplate(bytes, [
      inOrder(header, {
        registrationNo: "503/0002/419.47/2022",
        year: 2022,
        period: "TW2",
        realisedInvestment: "250.000",
        currency: "USD",
        exchangeRate: "14.400",
        workersLocal: 12,
        workersForeign: 1,
        reportedOn: excelDate("2022-07-08"),
      }),
    ]);
    expect(await importRealisationsCsv(filled, { actor: admin, now: NOW })).toEqual({
      rows: 1,
      created: 1,
      updated: 0,
    });
    expect(await importRealisationsCsv(filled, { actor: admin, now: NOW })).toEqual({
      rows: 1,
      created: 0,
      updated: 1,
    });
    const report = await getDb().investmentRealisation.findFirstOrThrow({
      where: { application: { registrationNo: "503/0002/419.47/2022" } },
    });
    // 250,000 USD × 14,400 = Rp3,600,000,000; filed 8 July 2022, before the 10th: on time.
    expect(report).toMatchObject({ realisedInvestment: 3_600_000_000n, reportedDay: "2022-07-08", isOnTime: true });

    const broken = await fillTemplate(bytes, [
      inOrder(header, {
        registrationNo: "503/0002/419.47/2022",
        year: 2022,
        period: "TW5",
        realisedInvestment: 1,
        workersLocal: "x",
        workersForeign: 0,
      }),
    ]);
    await expect(importRealisationsCsv(broken, { actor: admin, now: NOW })).rejects.toMatchObject({
      rowErrors: [
        { line: 2, column: "period" },
        { line: 2, column: "workersLocal" },
      ],
    });
    // Other files count every imported report: this one goes when the test ends, with its per-period sums
    // (LkpmPeriodStat), as every write of reports does.
    const db = getDb();
    const project = await db.application.findUniqueOrThrow({
      where: { registrationNo: "503/0002/419.47/2022" },
      select: { id: true },
    });
    await db.$transaction((tx) =>
      withLkpmPeriodStats(tx, [project.id], () =>
        tx.investmentRealisation.deleteMany({ where: { applicationId: project.id } }),
      ),
    );
  });

  it("SKM responses: typed dates and answers are stored as one recorded import, which can be undone", async () => {
    const bytes = await template("responses");
    const header = await headerOf(bytes);
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, index) => [`U${index + 1}`, index % 2 ? 4 : 3]));
    const filled = await fillTemplate(bytes, [
      inOrder(header, {
        submittedAt: excelDate("2021-05-03T10:00"),
        questionnaire: "SKM-2017",
        licenseType: "PBG",
        counter: "L1",
        channel: "paper",
        age: 45,
        sex: "P",
        education: "sma",
        occupation: "swasta",
        ...answers,
      }),
      inOrder(header, {
        submittedAt: "04/05/2021",
        questionnaire: "SKM-2017",
        age: "30",
        sex: "L",
        education: "S1",
        occupation: "PNS",
        ...answers,
      }),
    ]);
    const { imported, importId } = await importResponsesCsv(filled, admin, NOW, { fileName: "skm.xlsx" });
    expect(imported).toBe(2);
    const stored = await getDb().surveyResponse.findMany({ where: { importId }, orderBy: { submittedAt: "asc" } });
    expect(
      stored.map((response) => [response.submittedAt.toISOString(), response.surveyDate, response.channel]),
    ).toEqual([
      ["2021-05-03T03:00:00.000Z", "2021-05-03", "paper"],
      ["2021-05-04T05:00:00.000Z", "2021-05-04", "import"],
    ]);
    // The same rows again are refused (recorded import); after undo they are gone.
    await expect(importResponsesCsv(filled, admin, NOW)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await undoResponseImport({ importId, actor: admin, now: NOW })).toEqual({ removed: 2, days: 2 });

    const broken = await fillTemplate(bytes, [
      inOrder(header, {
        submittedAt: "03/05/2021",
        questionnaire: "SKM-2017",
        age: 45,
        sex: "P",
        education: "sma",
        occupation: "swasta",
        ...answers,
        U4: 7,
      }),
    ]);
    await expect(importResponsesCsv(broken, admin, NOW)).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { "line 2 / U4": expect.any(String) },
    });
  });

  it("holidays: a year from a filled template, kinds as printed in the SKB", async () => {
    const filled = await fillTemplate(await template("holidays"), [
      [excelDate("2033-01-01"), "libur_nasional", "Tahun Baru 2033 Masehi"],
      ["17/08/2033", "Libur Nasional", "Hari Kemerdekaan"],
      ["18 Agustus 2033", "Cuti Bersama", "Cuti bersama"],
    ]);
    expect(await importHolidayYear(2033, filled, admin)).toBe(3);
    expect(
      await getDb().holiday.findMany({ where: { date: { startsWith: "2033" } }, orderBy: { date: "asc" } }),
    ).toEqual([
      { date: "2033-01-01", kind: "libur_nasional", name: "Tahun Baru 2033 Masehi" },
      { date: "2033-08-17", kind: "libur_nasional", name: "Hari Kemerdekaan" },
      { date: "2033-08-18", kind: "cuti_bersama", name: "Cuti bersama" },
    ]);
    const broken = await fillTemplate(await template("holidays"), [["2033-02-30", "libur_nasional", "Tidak ada"]]);
    await expect(importHolidayYear(2033, broken, admin)).rejects.toMatchObject({
      fields: { "baris 2 / date": expect.any(String) },
    });
    await getDb().holiday.deleteMany({ where: { date: { startsWith: "2033-" } } });
    await getDb().holidayYear.deleteMany({ where: { year: 2033 } });
  });

  it("OSS projects: the Data Proyek template filled in imports like a download from OSS", async () => {
    const bytes = await template("oss-projects");
    const header = await headerOf(bytes);
    const filled = await fillTemplate(bytes, [
      inOrder(header, {
        id_proyek: "R-TPL-2022-0001",
        nib: "9120022000001",
        nama_perusahaan: "PT Template Kediri",
        tanggal_terbit_oss: excelDate("2022-06-15"),
        uraian_status_penanaman_modal: "PMDN",
        kecamatan_usaha: "Mojoroto",
        kbli: "56101",
        jumlah_investasi: "750.000.000",
        tki: 9,
      }),
    ]);
    // Now, not NOW: only the newest standing import may be undone, and other files import OSS projects at real time.
    const result = await importOssProjects(filled, { actor: admin, now: new Date() });
    expect(result).toMatchObject({ committed: true, created: 1, errorCount: 0 });
    expect(await getDb().ossProject.findUnique({ where: { idProyek: "R-TPL-2022-0001" } })).toMatchObject({
      issuedOn: "2022-06-15",
      investmentValue: 750_000_000n,
      kecamatanCode: "35.71.01",
      scale: "mikro",
    });
    await undoOssImport({ importId: result.importId!, actor: admin, now: new Date() });
  });

  it("GET /api/v1/import-templates/{kind}: the .xlsx for whoever may run that import, 403 otherwise, 404 unknown", async () => {
    const adminToken = (await createApiToken({ name: "templates", role: "ADMIN" }, admin)).token;
    const planner = (await createApiToken({ name: "templates-planner", role: "PLANNER" }, admin)).token;
    const get = (kind: string, token: string) =>
      getTemplate(
        new Request(`http://localhost/api/v1/import-templates/${kind}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ kind }) },
      );
    const response = await get("applications", adminToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(await headerOf(new Uint8Array(await response.arrayBuffer()))).toContain("registrationNo");
    expect((await get("realisations", planner)).status).toBe(200);
    expect((await get("applications", planner)).status).toBe(403);
    expect((await get("nothing", adminToken)).status).toBe(404);
  });

  it("POST /api/v1/import-preview shows an Excel file's header (below its title) and first rows, storing nothing", async () => {
    const token = (await createApiToken({ name: "preview", role: "PLANNER" }, admin)).token;
    const bytes = await workbookOf([
      ["Rekap permohonan Januari"],
      [],
      ["registrationNo", "submittedAt", "feeCharged"],
      ["A-1", excelDate("2022-01-03T09:30"), 350000],
    ]);
    const response = await postPreview(
      new Request("http://localhost/api/v1/import-preview?expect=registrationNo,submittedAt", {
        method: "POST",
        body: Buffer.from(bytes),
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
      }),
      {},
    );
    expect(response.status).toBe(200);
    expect((await response.json()).preview).toEqual({
      format: "xlsx",
      sheetName: "Sheet1",
      headerLine: 3,
      headers: ["registrationNo", "submittedAt", "feeCharged"],
      rows: [{ line: 4, cells: ["A-1", "2022-01-03T09:30", "350000"] }],
    });
  });
});
