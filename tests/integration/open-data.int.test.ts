// Issue 17: open data on the engine of this run. Only periods an admin published (snapshot kind "open-data") appear;
// figures resting on fewer than 30 records are left out; every dataset document satisfies its own JSON Schema;
// later writes do not change what is published until a republish. Everything is dated 2020 (no other test uses it).
import { beforeAll, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { GET as getCatalogue } from "@/app/api/v1/open-data/route";
import { GET as getFile } from "@/app/api/v1/open-data/[file]/route";
import { importApplicationsCsv } from "@/lib/applications/import";
import { importResponsesCsv } from "@/lib/skm/response-import";
import { getPublishedSkmReport } from "@/lib/skm/report-queries";
import { saveSkmReport } from "@/lib/skm/report-store";
import { importOssProjects } from "@/lib/oss/import";
import { publishOpenData } from "@/lib/open-data/store";
import { OPEN_DATA_DATASET_IDS } from "@/lib/open-data/datasets";
import { workbookOf } from "../support/xlsx";

const admin = { id: null, label: "test:open-data", role: "ADMIN" as const };
const NOW = new Date("2026-06-01T03:00:00Z");

const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter";
/** `count` REKLAME permits finished within a few days from `month` (2020), numbered from `first`. */
const reklame = (first: number, count: number, month: string) =>
  Array.from({ length: count }, (_, index) => {
    const day = String(2 + (index % 20)).padStart(2, "0");
    return `DT-2020-${first + index},REKLAME,Pemohon,individual,Kota,Setono Pande,2020-${month}-${day}T08:00,2020-${month}-${day}T15:00,issued,350000,L1`;
  });

async function file(name: string) {
  const response = await getFile(new Request(`http://localhost/api/v1/open-data/${name}`), {
    params: Promise.resolve({ file: name }),
  });
  return response;
}

async function dataset(id: string) {
  const response = await file(`${id}.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as { metadata: Record<string, unknown>; data: Record<string, unknown>[] };
}

const rows2020 = async (id: string) => (await dataset(id)).data.filter((row) => row.tahun === 2020);

beforeAll(async () => {
  // 31 REKLAME permits in 2020-Q1 (all issued the same day they started: on time), 5 PBG (too few to publish).
  const pbg = Array.from(
    { length: 5 },
    (_, index) =>
      `DT-2020-PBG-${index},PBG,Pemohon,individual,Kota,Setono Pande,2020-02-03T08:00,2020-02-04T15:00,issued,0,L1`,
  );
  const imported = await importApplicationsCsv([HEADER, ...reklame(1, 31, "02"), ...pbg].join("\n"), { actor: admin });
  expect(imported).toMatchObject({ committed: true, created: 36 });
  // 30 SKM responses in February 2020, the report of 2020-Q1 published.
  const elements = Array.from({ length: 9 }, (_, index) => `U${index + 1}`);
  const responses = [
    `submittedAt,questionnaire,channel,age,sex,education,occupation,${elements.join(",")}`,
    ...Array.from({ length: 30 }, (_, index) =>
      [`2020-02-${String(3 + (index % 20)).padStart(2, "0")}`, "SKM-2017", "paper", "40", "P", "sma", "swasta"]
        .concat(elements.map((_, element) => (element === 0 ? "4" : "3")))
        .join(","),
    ),
  ].join("\n");
  await importResponsesCsv(responses, admin, NOW);
  await saveSkmReport({
    periodKey: "2020-Q1",
    followUpPlan: "Tindak lanjut uji.",
    status: "PUBLISHED",
    actor: admin,
    now: NOW,
  });
  // 31 OSS projects in the food industry, Kota, issued in March 2020: Rp1 M each.
  const headers = [
    "id_proyek",
    "nib",
    "nama_perusahaan",
    "tanggal_terbit_oss",
    "uraian_status_penanaman_modal",
    "kecamatan_usaha",
    "kbli",
    "jumlah_investasi",
    "tki",
  ];
  const projects = Array.from({ length: 31 }, (_, index) => [
    `R-2020-OD-${index}`,
    String(9_120_020_000_000 + index),
    `CV Roti ${index}`,
    "2020-03-10",
    "PMDN",
    "Kota",
    "10710",
    1_000_000_000,
    3,
  ]);
  expect(await importOssProjects(await workbookOf([headers, ...projects]), { actor: admin })).toMatchObject({
    committed: true,
    created: 31,
  });
});

describe("open data (/data and /api/v1/open-data)", () => {
  it("shows nothing of 2020 before its open data is published, although the SKM report and live figures exist", async () => {
    for (const id of OPEN_DATA_DATASET_IDS) expect(await rows2020(id)).toEqual([]);
  });

  it("a period that has not ended cannot be published; an unknown key is a 422 naming the field", async () => {
    await expect(publishOpenData({ periodKey: "2026-Q4", actor: admin, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { periodKey: expect.any(String) },
    });
    await expect(publishOpenData({ periodKey: "Q1-2020", actor: admin, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("publishes 2020-Q1: tidy rows with kode_wilayah, only aggregates of 30 or more", async () => {
    const { snapshot } = await publishOpenData({ periodKey: "2020-Q1", actor: admin, now: NOW });
    expect(snapshot).toMatchObject({ kind: "open-data", subject: "2020-Q1", version: 1 });
    const period = { kode_wilayah: "35.71", nama_wilayah: "Kota Kediri", tahun: 2020, periode: "Q1" };
    // IKM: U1 all 4, U2–U9 all 3 → per-respondent mean (4 + 8×3)/9 = 3.111…, × 25 = 77.78 (weights 0.111 each:
    // (4 + 24) × 0.111 × 25 = 77.70 with the printed weight).
    const [ikm] = await rows2020("ikm");
    expect(ikm).toMatchObject({ ...period, satuan: "indeks (25–100)", jumlah_data: 30, kuesioner: "SKM-2017" });
    const report = await getPublishedSkmReport("2020-Q1");
    expect(ikm!.nilai).toBe(Math.round(report!.data.summary.ikm! * 100) / 100);
    expect([77.7, 77.78]).toContain(ikm!.nilai);
    const elements = await rows2020("ikm-unsur");
    expect(elements.map((row) => [row.kode_unsur, row.nilai, row.jumlah_data])).toEqual([
      ["U1", 4, 30],
      ...Array.from({ length: 8 }, (_, index) => [`U${index + 2}`, 3, 30]),
    ]);
    // 31 REKLAME permits, all on time; PBG's 5 are under the minimum n and left out.
    expect((await rows2020("ketepatan-waktu")).map((row) => [row.kode_jenis_izin, row.nilai, row.jumlah_data])).toEqual(
      [["REKLAME", 100, 31]],
    );
    // No complaints in 2020: every complaint figure rests on 0 < 30 records.
    expect(await rows2020("pengaduan")).toEqual([]);
    const investment = await rows2020("investasi");
    expect(
      investment.map((row) => [
        row.dimensi,
        row.kode_wilayah,
        row.kode_kategori,
        row.nilai,
        row.jumlah_data,
        row.tenaga_kerja,
      ]),
    ).toEqual([
      ["sektor", "35.71", "industri_makanan", 31_000_000_000, 31, 93],
      ["kecamatan", "35.71.02", "35.71.02", 31_000_000_000, 31, 93],
      ["status_modal", "35.71", "PMDN", 31_000_000_000, 31, 93],
    ]);
  });

  it("every dataset document satisfies its own JSON Schema; the CSV has the tidy header; the catalogue lists all", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    ajv.addFormat("uri", /^https?:\/\//);
    for (const id of OPEN_DATA_DATASET_IDS) {
      const schemaResponse = await file(`${id}.schema.json`);
      expect(schemaResponse.headers.get("content-type")).toContain("application/schema+json");
      const validate = ajv.compile(await schemaResponse.json());
      const document = await dataset(id);
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
      // A row that breaks the shape is caught by the same schema.
      if (document.data.length > 0)
        expect(validate({ ...document, data: [{ ...document.data[0], nilai: "banyak" }] })).toBe(false);
      const csv = await (await file(`${id}.csv`)).text();
      expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe((document.metadata.kolom as string[]).join(","));
    }
    const catalogue = await (await getCatalogue(new Request("http://localhost/api/v1/open-data"), {})).json();
    expect(catalogue.datasets.map((d: { id: string }) => d.id)).toEqual([...OPEN_DATA_DATASET_IDS]);
    expect(catalogue.datasets[0]).toMatchObject({
      lisensi: { id: "CC-BY-4.0" },
      minimum_n: 30,
      links: { csv: "/api/v1/open-data/ikm.csv" },
    });
    expect((await file("tidak-ada.json")).status).toBe(404);
  });

  it("what is published stays as published: new permits of 2020-Q1 and a live 2020-Q2 do not appear until republished", async () => {
    await importApplicationsCsv([HEADER, ...reklame(100, 4, "03"), ...reklame(200, 40, "05")].join("\n"), {
      actor: admin,
    });
    expect((await rows2020("ketepatan-waktu")).map((row) => [row.periode, row.jumlah_data])).toEqual([["Q1", 31]]);
    const { snapshot } = await publishOpenData({ periodKey: "2020-Q1", actor: admin, now: NOW });
    expect(snapshot.version).toBe(2);
    expect((await rows2020("ketepatan-waktu")).map((row) => [row.periode, row.jumlah_data])).toEqual([["Q1", 35]]);
    // 2020-Q2 has 40 finished permits but was never published.
    for (const id of OPEN_DATA_DATASET_IDS)
      expect((await rows2020(id)).filter((row) => row.periode === "Q2")).toEqual([]);
  });
});
