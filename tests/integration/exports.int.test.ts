import { describe, it, expect, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GET as getSkmXlsx } from "@/app/api/v1/skm/export/dashboard.xlsx/route";
import { GET as getPublishedPdf } from "@/app/api/v1/skm/published/[periodKey]/report.pdf/route";
import { saveSkmReport } from "@/lib/skm/report-store";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { getDb } from "@/lib/db/client";
import { createApiToken } from "@/lib/users/user-store";
import { insertSurveyResponse } from "@/lib/skm/response-store";
import { SKM_2017_QUESTIONNAIRE } from "@/lib/skm/questionnaires";
import { wibStartOfDay } from "@/lib/calendar/working-days";
import { getSkmWeightMode, setSkmWeightMode } from "@/lib/skm/summary-queries";
import { getIkmByLicenseType } from "@/lib/skm/dashboard-export-queries";
import { XLSX_HEADER_ROW } from "@/lib/export/xlsx";
import type { Role } from "@/lib/auth/roles";

// Issue 16: the IKM per licence type of the SKM downloads, on both engines, from a month nobody else writes to.
const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "test", role: "ADMIN" as const };
const tokens: Partial<Record<Role, string>> = {};
let types: { id: number; code: string; name: string }[] = [];
let weightMode: Awaited<ReturnType<typeof getSkmWeightMode>> = "printed";

async function respond(day: string, licenseTypeId: number, score: number) {
  const answers = Object.fromEntries(SKM_2017_QUESTIONNAIRE.elements.map((e) => [e.code, score]));
  await getDb().$transaction((tx) =>
    insertSurveyResponse(tx, {
      questionnaire: "SKM-2017",
      submittedAt: new Date(wibStartOfDay(day).getTime() + 9 * 3_600_000),
      channel: "paper",
      licenseTypeId,
      counterId: null,
      age: 30,
      sex: "P",
      education: "s1",
      occupation: "swasta",
      infoSource: "website",
      comment: null,
      answers,
    }),
  );
}

beforeAll(async () => {
  const db = getDb();
  types = await db.licenseType.findMany({
    select: { id: true, code: true, name: true },
    orderBy: { id: "asc" },
    take: 2,
  });
  for (const role of ["PLANNER", "OFFICER"] as const)
    tokens[role] = (await createApiToken({ name: `exports-${role}`, role }, admin)).token;
  // Exact weights (1/9 each): all 4 → IKM 100; scores 3, 3, 2 → NRR 8/3 per element → IKM 66,67.
  weightMode = await getSkmWeightMode();
  await setSkmWeightMode("exact");
  await respond("2009-02-05", types[0]!.id, 4);
  await respond("2009-02-06", types[0]!.id, 4);
  await respond("2009-02-07", types[1]!.id, 3);
  await respond("2009-02-08", types[1]!.id, 3);
  await respond("2009-02-09", types[1]!.id, 2);
});

afterAll(() => setSkmWeightMode(weightMode));

describe("SKM downloads: IKM per licence type", () => {
  it("slices the month by licence type with the dashboard's formula", async () => {
    const rows = await getIkmByLicenseType({ from: "2009-02-01", to: "2009-02-28", questionnaire: "SKM-2017" });
    expect(rows.map((r) => [r.code, r.respondents, r.ikm, r.grade])).toEqual([
      [types[0]!.code, 2, 100, "A"],
      [types[1]!.code, 3, 66.67, "C"],
    ]);
  });

  it("is the 'Per jenis izin' sheet of the workbook, typed, for a planner; an officer gets 403", async () => {
    const query = "from=2009-02-01&to=2009-02-28";
    const url = `http://localhost/api/v1/skm/export/dashboard.xlsx?${query}`;
    const refused = await getSkmXlsx(new Request(url, { headers: { authorization: `Bearer ${tokens.OFFICER}` } }), ctx);
    expect(refused.status).toBe(403);

    const response = await getSkmXlsx(
      new Request(url, { headers: { authorization: `Bearer ${tokens.PLANNER}` } }),
      ctx,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="skm-2009-02-01-2009-02-28.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.arrayBuffer()) as never);
    const sheet = book.getWorksheet("Per jenis izin")!;
    expect(sheet.getCell("A2").value).toBe(
      "Periode: Februari 2009 (1–28 Februari 2009) · IKM 80,00 · mutu B · 5 responden",
    );
    const row = (n: number) => (sheet.getRow(XLSX_HEADER_ROW + n).values as unknown[]).slice(1);
    expect(row(0)).toEqual(["Kode", "Jenis izin", "Responden", "IKM", "Mutu pelayanan"]);
    expect(row(1)).toEqual([types[0]!.code, types[0]!.name, 2, 100, "A"]);
    expect(row(2)).toEqual([types[1]!.code, types[1]!.name, 3, 66.67, "C"]);
    const elements = book.getWorksheet("Per unsur")!;
    // U1: (4 + 4 + 3 + 3 + 2) / 5 = 3,2, a number.
    expect(elements.getCell(XLSX_HEADER_ROW + 1, 4).value).toBe(3.2);
  });
});

describe("the public PDF of a published SKM report", () => {
  const pdfOf = (periodKey: string, search = "") =>
    getPublishedPdf(new Request(`http://localhost/api/v1/skm/published/${periodKey}/report.pdf${search}`), {
      params: Promise.resolve({ periodKey }),
    });

  it("answers 404 with a clear message for a period without a published report", async () => {
    const response = await pdfOf("2009-Q3");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "Laporan SKM periode 2009-Q3 belum diterbitkan atau tidak ada." },
    });
    expect((await pdfOf("bukan-periode")).status).toBe(404);
  });

  it("prints the frozen snapshot without sign-in: a response added after publication changes nothing", async () => {
    await saveSkmReport({
      periodKey: "2009-02",
      followUpPlan: "Sederhanakan persyaratan (U1)",
      status: "PUBLISHED",
      actor: admin,
      now: new Date("2009-03-05T03:00:00Z"),
    });
    // A sixth answer (all 4) would make the live IKM (16 + 4) / 6 × 25 = 83,33; the report stays at 80,00 and 5.
    await respond("2009-02-12", types[0]!.id, 4);
    const response = await pdfOf("2009-02");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="laporan-skm-2009-02.pdf"');
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lentera-skm-pdf-")), "report.pdf");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    expect(text.toUpperCase()).toContain((await getOfficeProfile()).name.toUpperCase());
    expect(text).toContain("Periode: Februari 2009 (1–28 Februari 2009)");
    expect(text).toContain("IKM 80,00 · mutu B · 5 responden");
    expect(text).toContain("Versi 1, diterbitkan 5 Maret 2009");
    expect(text).toContain("Sederhanakan persyaratan (U1)");
    expect((await pdfOf("2009-02", "?versi=2")).status).toBe(404);
  });
});
