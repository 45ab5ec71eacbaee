import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GET as getPack } from "@/app/api/v1/evidence-pack/[year]/route";
import { createApiToken, createUser, type Actor } from "@/lib/users/user-store";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";
import { saveSkmReport } from "@/lib/skm/report-store";
import { createFollowUpAction, progressFollowUpAction } from "@/lib/follow-up/store";
import { createCompensationRecord } from "@/lib/compensation/store";
import { getEvidencePack } from "@/lib/evidence/queries";
import { getDb } from "@/lib/db/client";
import { getOfficeProfile, setOfficeLogo } from "@/lib/settings/office-profile";

const admin: Actor = { id: null, label: "admin-bukti@kantor.test", role: "ADMIN" };
let leader: Actor;
let token = "";
const at = (day: string) => new Date(`${day}T03:00:00Z`);
const all = (v: number) => ({ U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v });

/** Whether poppler-utils is installed (Debian: apt-get install poppler-utils); the PDF checks need it. */
function poppler(): void {
  try {
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
  } catch {
    throw new Error("pdftoppm not found: install poppler-utils (Debian: apt-get install -y poppler-utils)");
  }
}

/** Share of pixels of a binary PPM (P6) darker than light grey. */
function inkShare(ppm: Buffer): number {
  const header = ppm.toString("latin1", 0, 64).split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = ppm.length - width * height * 3;
  let dark = 0;
  for (let i = start; i < ppm.length; i += 3) if (ppm[i]! + ppm[i + 1]! + ppm[i + 2]! < 600) dark += 1;
  return dark / (width * height);
}

beforeAll(async () => {
  const { id } = await createUser(
    { email: "pimpinan-bukti@kantor.test", name: "Pimpinan", role: "LEADERSHIP", password: "bukti-evaluasi-1" },
    null,
  );
  leader = { id, label: "pimpinan-bukti@kantor.test", role: "LEADERSHIP" };
  token = (await createApiToken({ name: "evaluator-pack", role: "ADMIN" }, admin)).token;
  await insertSurveyResponsesBulk(
    ["2013-02-05", "2013-02-06", "2013-05-07", "2013-05-08"].map((day, i) => ({
      questionnaire: "SKM-2017",
      submittedAt: at(day),
      channel: "paper" as const,
      answers: all(3 + (i % 2)),
    })),
  );
  for (const [key, day] of [
    ["2013-Q1", "2013-04-05"],
    ["2013-Q2", "2013-07-05"],
  ] as const)
    await saveSkmReport({ periodKey: key, followUpPlan: "Rencana", status: "PUBLISHED", actor: admin, now: at(day) });
  const action = await createFollowUpAction(
    {
      periodKey: "2013-Q1",
      sourceKind: "element",
      sourceCode: "U3",
      title: "Papan alur layanan di loket",
      dueDay: "2013-05-31",
      ownerUnit: "Subbagian Umum",
    },
    leader,
    at("2013-04-08"),
  );
  await progressFollowUpAction(
    action.id,
    { status: "done", evidenceText: "Papan terpasang 20 Mei" },
    leader,
    at("2013-05-20"),
  );
  await createCompensationRecord(
    {
      occurredOn: "2013-03-14",
      licenseType: "PBG",
      component: "time",
      shortfall: "PBG selesai 3 hari kerja setelah SLA",
      kind: "apology",
      offered: "Surat permintaan maaf dan pengantaran izin",
      status: "given",
    },
    leader,
    at("2013-03-15"),
  );
});

describe("the evidence pack", () => {
  it("lists each item with its gaps: the second quarter's report has no follow-up actions", async () => {
    const pack = await getEvidencePack(2013, "2014-01-15");
    expect(pack.reports.map((r) => r.key)).toEqual(["2013-Q1", "2013-Q2"]);
    expect(pack.status.followUp.gaps).toEqual([{ key: "followUpNone", vars: { period: "2013-Q2" } }]);
    expect(pack.status.skm.gaps).toContainEqual({ key: "skmNotPublished", vars: { period: "2013-Q3" } });
    expect(pack.status.compensation.isComplete).toBe(true);
    expect(pack.followUps).toEqual([
      expect.objectContaining({ periodKey: "2013-Q1", status: "done", doneDay: "2013-05-20" }),
    ]);
  });

  it("renders a PDF whose first page has ink, with letterhead, contents, page numbers and the gap", async () => {
    poppler();
    const response = await getPack(
      new Request("http://localhost/api/v1/evidence-pack/2013", { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ year: "2013" }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "lentera-pack-"));
    const file = path.join(dir, "pack.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "40", file, path.join(dir, "page")]);
    const ink = inkShare(readFileSync(path.join(dir, "page-1.ppm")));
    expect(ink).toBeGreaterThan(0.01);
    // Text in content order with runs of spaces and line breaks as one space (table cells wrap inside columns).
    const text = execFileSync("pdftotext", ["-raw", file, "-"]).toString().replace(/\s+/g, " ");
    expect(text).toContain("PEMERINTAH KOTA KEDIRI");
    expect(text).toContain("Paket Bukti Evaluasi Pelayanan Publik Tahun 2013");
    expect(text).toContain("Daftar isi");
    expect(text).toMatch(/Halaman 1 dari \d+/);
    expect(text).toContain("2013-Q2: tindak lanjut belum ada");
    expect(text).toContain("Papan alur layanan di loket");
    expect(text).toContain("PBG selesai 3 hari kerja setelah SLA");
    // The contents name each section with the page it starts on (the second pass filled the numbers in).
    expect(text).toMatch(/4\. Tindak lanjut hasil SKM \d+ /);
    expect(await getDb().auditLog.count({ where: { action: "export.evidencePack", target: "2013" } })).toBe(1);
  });

  it("the office logo is a PNG or JPEG by content and at most 300 KB; the letterhead then carries it", async () => {
    const refusal = await setOfficeLogo(new TextEncoder().encode("<svg></svg>"), admin).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "VALIDATION", fields: { logo: "Logo harus berkas PNG atau JPEG." } });
    const big = new Uint8Array(301 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await setOfficeLogo(big, admin).catch((e: unknown) => e)).toMatchObject({ code: "VALIDATION" });
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGPgjqmCIwbiOABm8w4RCr6ZpQAAAABJRU5ErkJggg==",
      "base64",
    );
    await setOfficeLogo(new Uint8Array(png), admin);
    expect((await getOfficeProfile()).logo).toBe(`data:image/png;base64,${png.toString("base64")}`);
    const response = await getPack(
      new Request("http://localhost/api/v1/evidence-pack/2013", { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ year: "2013" }) },
    );
    expect(Buffer.from(await response.arrayBuffer()).toString("latin1")).toContain("/Subtype /Image");
    await setOfficeLogo(null, admin);
    expect((await getOfficeProfile()).logo).toBeNull();
  });

  it("a year that is not a year is refused with 422", async () => {
    const response = await getPack(
      new Request("http://localhost/api/v1/evidence-pack/abcd", { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ year: "abcd" }) },
    );
    expect(response.status).toBe(422);
  });
});
