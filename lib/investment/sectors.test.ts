import { describe, expect, it } from "vitest";
import { listKbliDivisions } from "./kbli";
import { BKPM_SECTORS, BKPM_SECTOR_CODES, sectorCodeForDivision, sectorFromKbli } from "./sectors";

describe("BKPM sectors", () => {
  it("has 23 sectors with unique codes: 4 primer, 12 sekunder, 7 tersier", () => {
    expect(BKPM_SECTORS).toHaveLength(23);
    expect(new Set(BKPM_SECTOR_CODES).size).toBe(23);
    const countInGroup = (group: string) => BKPM_SECTORS.filter((sector) => sector.group === group).length;
    expect([countInGroup("primer"), countInGroup("sekunder"), countInGroup("tersier")]).toEqual([4, 12, 7]);
  });

  it("keeps the reference names", () => {
    expect(BKPM_SECTORS.map((sector) => sector.name)).toContain(
      "Mesin, Elektronik, Instrumen Kedokteran, Peralatan Listrik, Presisi, Optik dan Jam",
    );
    expect(BKPM_SECTORS.find((sector) => sector.code === "industri_makanan")?.name).toBe("Industri Makanan");
  });

  it("uses every sector for at least one division", () => {
    const used = new Set(listKbliDivisions().map(sectorCodeForDivision));
    expect(used.size).toBe(23);
  });
});

describe("sectorFromKbli", () => {
  it.each([
    ["01111", "tanaman_pangan_perkebunan_peternakan", "primer"],
    ["02200", "kehutanan", "primer"],
    ["03111", "perikanan", "primer"],
    ["08101", "pertambangan", "primer"],
    ["10792", "industri_makanan", "sekunder"],
    ["12011", "industri_makanan", "sekunder"],
    ["14111", "industri_tekstil", "sekunder"],
    ["15201", "industri_kulit_alas_kaki", "sekunder"],
    ["16220", "industri_kayu", "sekunder"],
    ["18111", "industri_kertas_percetakan", "sekunder"],
    ["19211", "industri_lainnya", "sekunder"],
    ["21012", "industri_kimia_farmasi", "sekunder"],
    ["22220", "industri_karet_plastik", "sekunder"],
    ["23121", "industri_mineral_non_logam", "sekunder"],
    ["25111", "industri_logam_dasar", "sekunder"],
    ["26210", "industri_mesin_elektronik", "sekunder"],
    ["33121", "industri_mesin_elektronik", "sekunder"],
    ["30911", "industri_kendaraan_bermotor", "sekunder"],
    ["31001", "industri_lainnya", "sekunder"],
    ["32111", "industri_lainnya", "sekunder"],
    ["35101", "listrik_gas_air", "tersier"],
    ["38110", "listrik_gas_air", "tersier"],
    ["41011", "konstruksi", "tersier"],
    ["45201", "perdagangan_reparasi", "tersier"],
    ["47111", "perdagangan_reparasi", "tersier"],
    ["49421", "transportasi_gudang_telekomunikasi", "tersier"],
    ["52101", "transportasi_gudang_telekomunikasi", "tersier"],
    ["61100", "transportasi_gudang_telekomunikasi", "tersier"],
    ["55110", "hotel_restoran", "tersier"],
    ["56101", "hotel_restoran", "tersier"],
    ["68111", "perumahan_kawasan_industri_perkantoran", "tersier"],
    ["62019", "jasa_lainnya", "tersier"],
    ["64191", "jasa_lainnya", "tersier"],
    ["85250", "jasa_lainnya", "tersier"],
    ["96111", "jasa_lainnya", "tersier"],
    ["99000", "jasa_lainnya", "tersier"],
  ] as const)("%s → %s (%s)", (code, sectorCode, group) => {
    const result = sectorFromKbli(code);
    expect(result.ok && { code: result.value.code, group: result.value.group }).toEqual({ code: sectorCode, group });
  });

  it("maps KBLI 2025 codes by the same divisions", () => {
    const result = sectorFromKbli("61100", "2025");
    expect(result.ok && result.value.code).toBe("transportasi_gudang_telekomunikasi");
  });

  it("passes the KBLI error through", () => {
    expect(sectorFromKbli("40000")).toEqual({
      ok: false,
      error: {
        code: "kbli_unknown_division",
        message: 'Kode KBLI "40000": golongan pokok 40 tidak ada dalam KBLI 2020.',
      },
    });
  });
});
