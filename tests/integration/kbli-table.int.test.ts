// Issue 13: the official KBLI table loaded by an admin makes KBLI validation strict on the engine of this run.
// Registration, the applications import and the OSS import then refuse a 5-digit code missing from the table,
// naming the line; a file that is not the whole table changes nothing. The table is removed at the end: other files
// rely on the shipped (non-strict) list. Rows are dated 2019, which no other test file uses.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listKbliDivisions } from "@/lib/investment/kbli";
import { getKbliTableStatus, importKbliTable, loadKbliLists, removeKbliTable } from "@/lib/investment/kbli-store";
import { registerApplication } from "@/lib/applications/applications-store";
import { importApplicationsCsv } from "@/lib/applications/import-store";
import { importOssProjects } from "@/lib/oss/import-store";
import { OSS_EXPECTED_HEADERS } from "@/lib/oss/columns";

const admin = { id: null, label: "test:kbli", role: "ADMIN" as const };
const SOURCE = "Peraturan BPS No. 2 Tahun 2020 (uji)";

/** A whole table: category rows, one 2–4 digit level, and a kelompok xx100 for each of the 88 golongan pokok. */
function wholeTable(extra: string[] = []): string {
  const lines = [
    "kode,judul",
    "A,Pertanian Kehutanan dan Perikanan",
    "01,Pertanian Tanaman",
    "0111,Pertanian Serealia",
  ];
  for (const division of listKbliDivisions())
    lines.push(`${String(division).padStart(2, "0")}100,Kelompok ${division}`);
  lines.push('47111,"Perdagangan Eceran di Minimarket, Supermarket"', ...extra);
  return lines.join("\n");
}

const business = (kbli: string) => ({
  licenseType: "IUI",
  applicantName: "PT Uji KBLI",
  applicantKind: "business",
  kelurahan: "35.71.02.1010",
  counter: "L1",
  feeCharged: "0",
  investmentValue: "500.000.000",
  investmentCurrency: "IDR",
  workersLocal: "5",
  workersForeign: "0",
  kbli,
  kbliVersion: "2020",
  origin: "PMDN",
});

const APPLICATION_HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,investmentValue,investmentCurrency,workersLocal,workersForeign,kbli,kbliVersion,origin";
const applicationLine = (no: string, kbli: string) =>
  `${no},IUI,PT Uji,business,Kota,Setono Pande,2019-03-04T09:00,2019-03-08T10:00,issued,0,L1,250000000,IDR,3,0,${kbli},2020,PMDN`;

afterAll(async () => {
  await removeKbliTable("2020", admin);
  await removeKbliTable("2025", admin);
});

describe("the official KBLI table (issue 13)", () => {
  it("before a table is loaded, the shipped partial list accepts an unlisted code and says it is not strict", async () => {
    const status = await getKbliTableStatus();
    expect(status.map((row) => [row.version, row.kind, row.isStrict])).toEqual([
      ["2020", "shipped", false],
      ["2025", "none", false],
    ]);
    const lists = await loadKbliLists();
    expect(lists["2020"]?.isComplete).toBe(false);
  });

  it("a file that is not the whole table is refused with every gap named, and nothing is stored", async () => {
    const cut = ["kode,judul", "47111,Minimarket", "01111,Jagung", "0111x,Rusak", "10750,"].join("\n");
    await expect(importKbliTable({ version: "2020", source: SOURCE }, cut, admin)).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Tabel KBLI 2020 tidak valid; tidak ada yang diubah.",
      fields: {
        "baris 4 / kode": 'Kode "0111x" bukan kode KBLI (huruf kategori atau 2–5 digit).',
        "baris 5 / judul": "Judul kode 10750 wajib diisi.",
      },
    });
    const numeric = [
      "kode,judul",
      ...listKbliDivisions()
        .filter((d) => d >= 10)
        .map((d) => `${d}100,K ${d}`),
    ];
    numeric.push("1111,Jagung (nol di depan hilang)");
    await expect(importKbliTable({ version: "2020", source: SOURCE }, numeric.join("\n"), admin)).rejects.toMatchObject(
      {
        fields: {
          _: expect.stringMatching(/^Daftar belum lengkap: golongan pokok 01, 02, 03, 05, 06, 07, 08, 09 tidak/),
        },
      },
    );
    expect(await getDb().kbliCode.count()).toBe(0);
    expect(await getDb().kbliTable.count()).toBe(0);
  });

  it("loads a whole table: only kelompok kept, audited, and validation becomes strict everywhere", async () => {
    const result = await importKbliTable({ version: "2020", source: SOURCE }, wholeTable(), admin);
    expect(result).toEqual({ version: "2020", codes: 89, skipped: 3 });
    expect(await getDb().kbliCode.count({ where: { version: "2020" } })).toBe(89);
    const audit = await getDb().auditLog.findFirst({ where: { action: "kbli.import" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit?.detail ?? "{}")).toEqual({ codes: 89, skipped: 3, source: SOURCE });
    const [v2020] = await getKbliTableStatus();
    expect(v2020).toMatchObject({
      kind: "loaded",
      isStrict: true,
      codeCount: 89,
      source: SOURCE,
      importedBy: "test:kbli",
    });

    // Registration: an unlisted code is a field error; a listed one registers.
    await expect(registerApplication(business("47112"), admin, new Date("2019-03-04T02:00:00Z"))).rejects.toMatchObject(
      {
        code: "VALIDATION",
        fields: { kbli: 'Kode KBLI "47112" tidak ada dalam KBLI 2020. Periksa kode atau versi KBLI (2020/2025).' },
      },
    );
    const no = await registerApplication(business("47111"), admin, new Date("2019-03-04T02:00:00Z"));
    expect(await getDb().application.findUniqueOrThrow({ where: { registrationNo: no } })).toMatchObject({
      kbli: "47111",
    });

    // Applications import: the unlisted code is named by line and column, nothing is written.
    const csv = [APPLICATION_HEADER, applicationLine("KB-2019-1", "47111"), applicationLine("KB-2019-2", "47112")];
    const refused = await importApplicationsCsv(csv.join("\n"), { actor: admin });
    expect(refused).toMatchObject({ committed: false, imported: 0, invalidRows: 1 });
    expect(refused.errors).toEqual([
      {
        line: 3,
        column: "kbli",
        message: 'Kode KBLI "47112" tidak ada dalam KBLI 2020. Periksa kode atau versi KBLI (2020/2025).',
      },
    ]);
    expect(await getDb().application.count({ where: { registrationNo: { startsWith: "KB-2019-" } } })).toBe(0);

    // OSS "Data Proyek" preview: the same rule, in OSS's column name.
    const oss = [
      OSS_EXPECTED_HEADERS.join(","),
      OSS_EXPECTED_HEADERS.map((header) => OSS_ROW[header] ?? "").join(","),
    ].join("\n");
    const preview = await importOssProjects(oss, { actor: admin, dryRun: true });
    expect(preview.errors).toEqual([
      {
        line: 2,
        column: "kbli",
        message: 'Kode KBLI "10799" tidak ada dalam KBLI 2020. Periksa kode atau versi KBLI (2020/2025).',
      },
    ]);
  });

  it("the status lists stored records whose code is outside the table; removing the table makes checks lenient", async () => {
    // A record stored before the table was loaded (here: written directly) is listed, not changed.
    // Other files' records may already be listed (their codes are not in this 89-code table): compare with before.
    const before = (await getKbliTableStatus())[0]!.unlisted;
    expect(before.codes).not.toContain("47111");
    expect(before.codes).not.toContain("47119");
    const no = await registerApplication(business("47111"), admin, new Date("2019-03-05T02:00:00Z"));
    await getDb().application.update({ where: { registrationNo: no }, data: { kbli: "47119" } });
    const after = (await getKbliTableStatus())[0]!.unlisted;
    expect(after.records).toBe(before.records + 1);
    expect(after.codes).toEqual([...before.codes, "47119"].sort());
    await getDb().application.update({ where: { registrationNo: no }, data: { kbli: "47111" } });

    await removeKbliTable("2020", admin);
    expect((await getKbliTableStatus())[0]).toMatchObject({ kind: "shipped", isStrict: false, codeCount: 26 });
    const accepted = await registerApplication(business("47112"), admin, new Date("2019-03-06T02:00:00Z"));
    expect(accepted).toMatch(/^KDR-20190306-/);
  });
});

const OSS_ROW: Record<string, string> = {
  id_proyek: "R-201903040001",
  nib: "9120001111111",
  nama_perusahaan: "PT Uji KBLI",
  tanggal_terbit_oss: "2019-03-04",
  uraian_status_penanaman_modal: "PMDN",
  kbli: "10799",
  jumlah_investasi: "100000000",
  tki: "2",
};
